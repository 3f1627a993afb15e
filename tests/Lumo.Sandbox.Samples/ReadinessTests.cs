using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lumo.Sandbox.Samples.Checkout;
using Lumo.Sandbox.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Lumo.Sandbox.Samples;

/// <summary>
/// Is the checkout ready to go live? The sample checkout (and the shop's support calls) runs through every case
/// of the sandbox's readiness report, and the test ends by asserting that the sandbox observed each one. The
/// scenario is the default one (4001.00 RUB is rejected, 4002.00 RUB never paid) plus faults on accepts picked by
/// the shop's order id: <c>lost-*</c> is handled but answered 503, <c>slow-*</c> is refused with Retry-After: 35
/// (longer than a quote lives), <c>busy-*</c> is refused with 503.
/// </summary>
public sealed class ReadinessTests
{
    private static readonly string[] AllCases =
    [
        "order-paid", "payment-rejected", "payment-timeout", "quote-expired", "insufficient-balance",
        "accept-retried-idempotently", "service-unavailable-retried", "webhook-acknowledged", "webhook-retry-handled",
        "webhook-duplicate-handled", "dispute-opened", "dispute-outcome-read", "orders-paged", "key-rotated",
    ];

    private WebApplication _shop = null!;
    private LumoSandbox _sandbox = null!;
    private OrderWebhookReceiver _receiver = null!;
    private int _outages;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // The shop's web app; while _outages > 0 its database is "down" and the webhook endpoint answers 503.
        _shop = await ShopWebApp.StartAsync(request =>
            Interlocked.Decrement(ref _outages) >= 0 ? Task.FromResult(Results.StatusCode(503)) : _receiver.HandleAsync(request));

        _sandbox = await LumoSandbox.StartAsync(o => o.WithVirtualClock().WithScenarioJson(Scenario()));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _sandbox.DisposeAsync();
        await _shop.DisposeAsync();
    }

    [Test]
    public async Task The_checkout_handles_every_case_of_the_readiness_report()
    {
        var company = await _sandbox.CreateCompanyAsync(usdtBalance: 200m, webhookUrl: _shop.Url(ShopWebApp.WebhookPath));
        _receiver = new OrderWebhookReceiver(company.WebhookSecret);
        _outages = 1; // the first webhook is refused; Lumo retries it 10 s later
        using var lumo = _sandbox.CreateClient(company.ApiKey);
        var checkout = Checkout(lumo);

        // Payments: paid, rejected, timed out; an accept whose answer was lost; an accept refused until its quote expired.
        var paid = await checkout.PayAsync(SampleQr.For(5000.00m), "order-5001");
        Assert.That(paid.Outcome, Is.EqualTo(PaymentOutcome.Paid));
        Assert.That((await checkout.PayAsync(SampleQr.For(4001.00m), "order-5002")).Outcome, Is.EqualTo(PaymentOutcome.Failed));
        var timedOut = await checkout.PayAsync(SampleQr.For(4002.00m), "order-5003");
        Assert.That(timedOut.Order!.FailureReason, Is.EqualTo("payment_timeout"));
        Assert.That((await checkout.PayAsync(SampleQr.For(1000.00m), "lost-5004")).AcceptAttempts, Is.EqualTo(2));
        Assert.That((await checkout.PayAsync(SampleQr.For(1000.00m), "slow-5005")).Outcome, Is.EqualTo(PaymentOutcome.Paid));

        // While this checkout waits to retry its refused accept, another one spends the balance: the retry is refused.
        var spender = Checkout(lumo);
        var spending = Checkout(lumo, beforeWait: () => spender.PayAsync(SampleQr.For(5000.00m), "order-5007"));
        Assert.That((await spending.PayAsync(SampleQr.For(9000.00m), "busy-5006")).Outcome, Is.EqualTo(PaymentOutcome.InsufficientBalance));

        // The shop's support tool: a dispute on the paid order, its outcome, the order history page by page.
        using var disputed = await lumo.PostAsJsonAsync($"orders/{paid.Order!.Id}/disputes", new { reason = "The customer says the goods never came" });
        var dispute = await disputed.Content.ReadFromJsonAsync<JsonElement>();
        await _sandbox.Disputes.ResolveAsync(dispute.GetProperty("id").GetGuid(), DisputeResolution.Refund);
        var outcome = await lumo.GetFromJsonAsync<JsonElement>($"disputes/{dispute.GetProperty("id").GetGuid()}");
        Assert.That(outcome.GetProperty("status").GetString(), Is.EqualTo("resolved"));
        var secondPage = await lumo.GetFromJsonAsync<JsonElement>("orders?limit=5&offset=5");
        Assert.That(secondPage.GetProperty("total").GetInt32(), Is.EqualTo(6), "5001, 5002, 5003, 5004, 5005 (its second quote) and 5007; 5006 was refused");

        // The key is rotated (as after a leak) and the shop carries on with the new one.
        using var rotated = await lumo.PostAsync(new Uri("auth/company/regenerate-key", UriKind.Relative), null);
        var newKey = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("apiKey").GetString();
        using var renewed = _sandbox.CreateClient(newKey);
        Assert.That((await renewed.GetAsync(new Uri("wallets/balance", UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // Lumo sends an event again; the receiver recognises the repeat and acknowledges it without handling it twice.
        var delivered = (await _sandbox.Webhooks.ListAsync(company.Id, 1000)).Last();
        await _sandbox.Webhooks.RedeliverAsync(delivered.EventId);
        Assert.That(_receiver.Handled.Count(e => e.Id == delivered.EventId), Is.EqualTo(1));

        await _sandbox.Report.AssertObservedAsync(company.Id, AllCases);
        var report = await _sandbox.Report.GetAsync(company.Id);
        Assert.That(report.Ready, Is.True);
        Assert.That(report.Warnings, Is.Empty, "no accept without a key, no retry storm, no fast polling");
    }

    [Test]
    public async Task A_naive_client_leaves_the_retry_cases_missing_and_is_warned_about_idempotency_keys()
    {
        var company = await _sandbox.CreateCompanyAsync(usdtBalance: 200m);
        using var lumo = _sandbox.CreateClient(company.ApiKey);

        // No Idempotency-Key, no retry: a 503 on accept is where it stops.
        using var prepared = await lumo.PostAsJsonAsync("orders/prepare", new { qrCode = SampleQr.For(1000.00m), externalOrderId = "busy-6001" });
        var quote = await prepared.Content.ReadFromJsonAsync<JsonElement>();
        using var accepted = await lumo.PostAsync(new Uri($"orders/accept/{quote.GetProperty("id").GetGuid()}", UriKind.Relative), null);
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));

        var report = await _sandbox.Report.GetAsync(company.Id);
        Assert.That(report.Case("accept-retried-idempotently").IsObserved, Is.False);
        Assert.That(report.Case("service-unavailable-retried").IsObserved, Is.False);
        Assert.That(report.HasWarning("accept-without-idempotency-key"), Is.True);
        var failure = Assert.ThrowsAsync<SandboxVerificationException>(() => _sandbox.Report.AssertObservedAsync(company.Id, "accept-retried-idempotently", "service-unavailable-retried"))!;
        Assert.That(failure.Message, Does.Contain("accept-retried-idempotently").And.Contain("service-unavailable-retried").And.Contain("How:"));
        await _sandbox.Requests.VerifyAsync("acceptOrder", Times.Once, company.Id, r => r.Header("Idempotency-Key") is null);
    }

    private CheckoutService Checkout(HttpClient lumo, Func<Task>? beforeWait = null) => new(lumo, new CheckoutOptions
    {
        RequestTimeout = TimeSpan.FromSeconds(1),
        Delay = async (duration, cancellation) =>
        {
            if (Interlocked.Exchange(ref beforeWait, null) is { } once)
            {
                await once();
            }

            await _sandbox.Clock.AdvanceAsync(duration, cancellation); // waiting moves sandbox time
        },
    });

    private static string Scenario()
    {
        var scenario = JsonNode.Parse(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "scenarios", "default.json")))!.AsObject();
        scenario.Remove("$schema");
        var rules = scenario["rules"]!.AsArray();
        rules.Insert(0, AcceptFault("lost-*", new JsonObject { ["status"] = 503, ["afterHandling"] = true, ["times"] = 1 }));
        rules.Insert(0, AcceptFault("slow-*", new JsonObject { ["status"] = 503, ["retryAfterSeconds"] = 35, ["times"] = 1 }));
        rules.Insert(0, AcceptFault("busy-*", new JsonObject { ["status"] = 503, ["times"] = 1 }));
        return scenario.ToJsonString();
    }

    private static JsonObject AcceptFault(string externalOrderId, JsonObject fault) => new()
    {
        ["name"] = $"accepts of {externalOrderId} orders",
        ["when"] = new JsonObject { ["operation"] = "acceptOrder", ["externalOrderId"] = externalOrderId },
        ["then"] = new JsonObject { ["fault"] = fault },
    };
}
