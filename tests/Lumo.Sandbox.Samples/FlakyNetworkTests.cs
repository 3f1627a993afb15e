using Lumo.Sandbox.Samples.Checkout;
using Lumo.Sandbox.Testing;

namespace Lumo.Sandbox.Samples;

/// <summary>
/// scenarios/flaky-network.json: the first prepare answers 429 (Retry-After: 1), the first accept 503, the 2nd
/// order read is 2 s late (past the service's 1 s time-out) and the 3rd loses its connection. The checkout pays anyway.
/// </summary>
public sealed class FlakyNetworkTests
{
    private LumoSandbox _sandbox = null!;

    [OneTimeSetUp]
    public async Task StartSandbox() =>
        _sandbox = await LumoSandbox.StartAsync(o => o
            .WithScenario(Path.Combine(TestContext.CurrentContext.TestDirectory, "scenarios", "flaky-network.json"))
            .WithVirtualClock());

    [OneTimeTearDown]
    public async Task StopSandbox() => await _sandbox.DisposeAsync();

    [Test]
    public async Task A_payment_survives_429_503_a_slow_read_and_a_dropped_connection()
    {
        var company = await _sandbox.CreateCompanyAsync(usdtBalance: 1000m);
        using var lumo = _sandbox.CreateClient(company.ApiKey);
        var checkout = new CheckoutService(lumo, new CheckoutOptions
        {
            Delay = (d, c) => _sandbox.Clock.AdvanceAsync(d, c),
            RequestTimeout = TimeSpan.FromSeconds(1),
        });

        var result = await checkout.PayAsync(SampleQr.For(750.00m), "order-3001");

        // Paid although the 2nd read outlasted the 1 s time-out and the 3rd was cut: both were retried.
        Assert.That(result.Outcome, Is.EqualTo(PaymentOutcome.Paid));
        Assert.That(result.AcceptAttempts, Is.EqualTo(2));
        var mine = (await _sandbox.Requests.FindAsync()).Where(r => r.CompanyId == company.Id).Reverse();
        Assert.That(mine.Select(r => $"{r.OperationId} {r.Status}").Take(4), Is.EqualTo(new[] { "prepareOrder 429", "prepareOrder 201", "acceptOrder 503", "acceptOrder 201" }));
    }
}
