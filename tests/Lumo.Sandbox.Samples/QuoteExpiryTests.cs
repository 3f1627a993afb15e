using Lumo.Sandbox.Samples.Checkout;
using Lumo.Sandbox.Testing;

namespace Lumo.Sandbox.Samples;

/// <summary>
/// A quote lives 30 s. Here the API answers the first accept with 503 and <c>Retry-After: 35</c>, so by the time
/// the checkout retries, its quote has expired (409 "Quote expired"): it prepares a new quote and pays that one.
/// The scenario is written in the test itself; its format is scenarios/scenario.schema.json.
/// </summary>
public sealed class QuoteExpiryTests
{
    private const string SlowAcceptScenario = """
        {
          "name": "slow-accept",
          "description": "The first accept of each company answers 503 with Retry-After: 35, longer than a quote lives.",
          "timing": { "quoteTtlSeconds": 30 },
          "companies": [ { "name": "Demo Company", "email": "demo@lumo.test", "password": "demo-password" } ],
          "rules": [
            {
              "name": "the first accept is refused for 35 s",
              "when": { "operation": "acceptOrder" },
              "then": { "fault": { "status": 503, "retryAfterSeconds": 35, "times": 1 } }
            }
          ]
        }
        """;

    private LumoSandbox _sandbox = null!;

    [OneTimeSetUp]
    public async Task StartSandbox() => _sandbox = await LumoSandbox.StartAsync(o => o.WithVirtualClock().WithScenarioJson(SlowAcceptScenario));

    [OneTimeTearDown]
    public async Task StopSandbox() => await _sandbox.DisposeAsync();

    [Test]
    public async Task An_expired_quote_is_replaced_by_a_new_one()
    {
        var company = await _sandbox.CreateCompanyAsync(usdtBalance: 1000m);
        using var lumo = _sandbox.CreateClient(company.ApiKey);
        var checkout = new CheckoutService(lumo, new CheckoutOptions { Delay = (d, c) => _sandbox.Clock.AdvanceAsync(d, c) });

        var result = await checkout.PayAsync(SampleQr.For(1500.00m), "order-2001");

        Assert.That(result.Outcome, Is.EqualTo(PaymentOutcome.Paid));
        var prepares = (await _sandbox.Requests.FindAsync("POST", "/orders/prepare")).Where(r => r.CompanyId == company.Id);
        Assert.That(prepares.Count(), Is.EqualTo(2), "the expired quote was replaced");
        var accepts = (await _sandbox.Requests.FindAsync("POST", "/orders/accept/*")).Where(r => r.CompanyId == company.Id);
        Assert.That(accepts.Select(r => r.Status), Is.EqualTo(new[] { 201, 409, 503 }), "newest first: 503, 409 Quote expired, then 201 for the new quote");
        Assert.That(accepts.First().Path, Is.EqualTo($"/orders/accept/{result.Order!.Id}"));
    }
}
