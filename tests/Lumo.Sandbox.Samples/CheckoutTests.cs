using System.Net.Http.Json;
using Lumo.Sandbox.Samples.Checkout;
using Lumo.Sandbox.Testing;

namespace Lumo.Sandbox.Samples;

/// <summary>
/// The checkout service against a Lumo.Sandbox started in this process: one sandbox for the test class (it
/// starts in a fraction of a second), a fresh company for each test (so tests never see each other's orders),
/// and a virtual clock that the service's waits move forward, so no test waits for real time.
/// The default scenario's magic amounts pick each outcome: 4001.00 RUB is rejected, 4002.00 is never paid,
/// 4004.00 answers 503 to its first accept, 4005.00 answers its first accept 10 s late; any other amount is paid.
/// </summary>
public sealed class CheckoutTests
{
    private LumoSandbox _sandbox = null!;
    private SandboxCompany _company = null!;
    private HttpClient _lumo = null!;
    private CheckoutService _checkout = null!;

    [OneTimeSetUp]
    public async Task StartSandbox() => _sandbox = await LumoSandbox.StartAsync(o => o.WithVirtualClock());

    [OneTimeTearDown]
    public async Task StopSandbox() => await _sandbox.DisposeAsync();

    [SetUp]
    public async Task NewCompany()
    {
        _company = await _sandbox.CreateCompanyAsync(usdtBalance: 1000m);
        _lumo = _sandbox.CreateClient(_company.ApiKey);
        _checkout = new CheckoutService(_lumo, new CheckoutOptions
        {
            Delay = (duration, cancellation) => _sandbox.Clock.AdvanceAsync(duration, cancellation), // waiting moves sandbox time
            RequestTimeout = TimeSpan.FromSeconds(1),
        });
    }

    [TearDown]
    public void DisposeClient() => _lumo.Dispose();

    [Test]
    public async Task A_QR_code_is_paid()
    {
        var result = await _checkout.PayAsync(SampleQr.For(5000.00m), "order-1001");

        Assert.That(result.Outcome, Is.EqualTo(PaymentOutcome.Paid));
        Assert.That(result.Order!.AmountUsdt, Is.EqualTo(52.63m), "5000.00 RUB at 95.00 RUB/USDT");
        Assert.That(result.Order.CompletedAt, Is.Not.Null);
        Assert.That(await BalanceAsync(), Is.EqualTo((1000m - 52.63m, 0m)));
    }

    [Test]
    public async Task A_rejected_payment_fails_and_the_USDT_comes_back()
    {
        var result = await _checkout.PayAsync(SampleQr.For(4001.00m), "order-1002");

        Assert.That(result.Outcome, Is.EqualTo(PaymentOutcome.Failed));
        Assert.That(result.Order!.FailureReason, Is.EqualTo("payment_rejected"));
        Assert.That(await BalanceAsync(), Is.EqualTo((1000m, 0m)));
    }

    [Test]
    public async Task An_unpaid_order_times_out_when_its_five_minutes_are_over()
    {
        var started = await _sandbox.Clock.GetAsync();

        var result = await _checkout.PayAsync(SampleQr.For(4002.00m), "order-1003");

        Assert.That(result.Outcome, Is.EqualTo(PaymentOutcome.Failed));
        Assert.That(result.Order!.FailureReason, Is.EqualTo("payment_timeout"));
        Assert.That(result.Order.PaymentUntil - result.Order.CreatedAt, Is.EqualTo(TimeSpan.FromMinutes(5)));
        Assert.That((await _sandbox.Clock.GetAsync()).Now - started.Now, Is.GreaterThanOrEqualTo(TimeSpan.FromMinutes(5)), "five sandbox minutes passed, not five real ones");
        Assert.That(await BalanceAsync(), Is.EqualTo((1000m, 0m)));
    }

    [Test]
    public async Task A_quote_the_balance_cannot_cover_is_not_accepted()
    {
        var poor = await _sandbox.CreateCompanyAsync(usdtBalance: 10m);
        using var lumo = _sandbox.CreateClient(poor.ApiKey);

        var result = await new CheckoutService(lumo).PayAsync(SampleQr.For(5000.00m), "order-1004");

        Assert.That(result.Outcome, Is.EqualTo(PaymentOutcome.InsufficientBalance));
        Assert.That(result.Quote.AmountUsdt, Is.EqualTo(52.63m));
        Assert.That(result.Order, Is.Null);
        var accepts = await _sandbox.Requests.FindAsync("POST", "/orders/accept/*");
        Assert.That(accepts.Where(r => r.CompanyId == poor.Id), Is.Empty);
    }

    [Test]
    public async Task A_503_on_accept_is_retried_with_the_same_idempotency_key()
    {
        var result = await _checkout.PayAsync(SampleQr.For(4004.00m), "order-1005");

        Assert.That(result.Outcome, Is.EqualTo(PaymentOutcome.Paid));
        Assert.That(result.AcceptAttempts, Is.EqualTo(2));
        var accepts = await _sandbox.Requests.FindAsync("POST", $"/orders/accept/{result.Quote.Id}");
        Assert.That(accepts.Select(r => r.Status), Is.EqualTo(new[] { 201, 503 }), "newest first: 503, then 201 on the retry");
        Assert.That(await _sandbox.Orders.ListAsync(companyId: _company.Id), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_accept_that_times_out_is_retried_and_the_order_is_not_paid_twice()
    {
        // The sandbox handles the first accept of 4005.00 RUB but answers it 10 s late; the service gives up
        // after its 1 s time-out and retries with the same key, which the API answers with the stored order.
        var result = await _checkout.PayAsync(SampleQr.For(4005.00m), "order-1006");

        Assert.That(result.Outcome, Is.EqualTo(PaymentOutcome.Paid));
        Assert.That(result.AcceptAttempts, Is.EqualTo(2));
        Assert.That(await _sandbox.Orders.ListAsync(companyId: _company.Id), Has.Count.EqualTo(1));
        Assert.That(await BalanceAsync(), Is.EqualTo((1000m - result.Order!.AmountUsdt, 0m)), "charged once");
    }

    private async Task<(decimal Available, decimal Frozen)> BalanceAsync()
    {
        var balance = await _lumo.GetFromJsonAsync<Balance>("wallets/balance");
        return (balance!.UsdtBalance, balance.FrozenBalance);
    }

    private sealed record Balance(decimal UsdtBalance, decimal FrozenBalance);
}
