using System.Net;
using System.Text;
using Lumo.Sandbox.Samples.Checkout;
using Lumo.Sandbox.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Lumo.Sandbox.Samples;

/// <summary>
/// Webhook-driven checkout: the company's <c>webhookUrl</c> points at the shop's receiver, and the checkout learns
/// that the order is paid from the <c>order.status_changed</c> event instead of polling. The sandbox runs on the
/// real clock here (webhooks are about things happening on their own), and its scenario pays every order half a
/// second after accept.
/// </summary>
public sealed class WebhookCheckoutTests
{
    private const string QuickPaymentsScenario = """
        {
          "name": "quick-payments",
          "clock": { "mode": "real" },
          "companies": [ { "name": "Demo Company", "email": "demo@lumo.test", "password": "demo-password" } ],
          "defaults": { "order": [ { "afterSeconds": 0.5, "status": "success" } ] }
        }
        """;

    private WebApplication _shop = null!;
    private LumoSandbox _sandbox = null!;
    private OrderWebhookReceiver _receiver = null!;
    private SandboxCompany _company = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // The shop's web app: POST /lumo/webhooks is its webhook endpoint.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _shop = builder.Build();
        _shop.MapPost("/lumo/webhooks", (HttpRequest request) => _receiver.HandleAsync(request));
        await _shop.StartAsync();

        _sandbox = await LumoSandbox.StartAsync(o => o.WithScenarioJson(QuickPaymentsScenario));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _sandbox.DisposeAsync();
        await _shop.DisposeAsync();
    }

    [SetUp]
    public async Task NewCompanyAsync()
    {
        _company = await _sandbox.CreateCompanyAsync(usdtBalance: 1000m, webhookUrl: ShopUrl("lumo/webhooks"));
        _receiver = new OrderWebhookReceiver(_company.WebhookSecret);
    }

    [Test]
    public async Task The_webhook_tells_the_checkout_that_the_order_is_paid()
    {
        using var lumo = _sandbox.CreateClient(_company.ApiKey);
        var checkout = new CheckoutService(lumo, new CheckoutOptions { Webhooks = _receiver, PollInterval = TimeSpan.FromSeconds(30) });

        var result = await checkout.PayAsync(SampleQr.For(5000.00m), "order-4001");

        Assert.That(result.Outcome, Is.EqualTo(PaymentOutcome.Paid));
        var statuses = _receiver.Handled.Where(e => e.Type == "order.status_changed" && e.Data.GetProperty("id").GetGuid() == result.Order!.Id)
            .Select(e => e.Data.GetProperty("status").GetString());
        Assert.That(statuses, Does.Contain("success"));
        Assert.That(await _sandbox.Requests.FindAsync("GET", $"/orders/{result.Order!.Id}"), Is.Empty, "no polling was needed");
        var deliveries = await _sandbox.Webhooks.ListAsync(_company.Id);
        Assert.That(deliveries.Select(d => d.Status), Is.All.EqualTo("delivered"));
    }

    [Test]
    public async Task An_event_without_lumos_signature_is_refused()
    {
        using var forger = new HttpClient();
        using var forged = new StringContent("""{"id":"8f14e45f-ceea-4e67-a2d4-3b9f1c2d7e60","type":"order.status_changed","createdAt":"2026-01-01T12:00:13.000Z","data":{}}""", Encoding.UTF8, "application/json");
        forged.Headers.Add("X-Lumo-Signature", new string('0', 64));

        using var response = await forger.PostAsync(new Uri(ShopUrl("lumo/webhooks")), forged);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_receiver.Handled, Is.Empty);
    }

    private string ShopUrl(string path) => new Uri(new Uri(_shop.Urls.First()), path).ToString();
}
