using System.Net.Http.Json;
using System.Text.Json;
using Lumo.Sandbox.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lumo.Sandbox.Browser.Tests;

/// <summary>The console's readiness panel: a company's report, refreshed as its client works, and webhook redelivery.</summary>
public sealed class ReportPanelTests : BrowserTestBase
{
    private IPage _page = null!;

    protected override void Configure(LumoSandboxOptions options) => options.WithVirtualClock();

    [SetUp]
    public async Task OpenConsoleAsync()
    {
        _page = await Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = Sandbox.BaseAddress.ToString() });
        await _page.GotoAsync("_sandbox/ui");
        await _page.Locator("#report-panel").ScrollIntoViewIfNeededAsync(); // the panel refreshes while it is on screen
    }

    [TearDown]
    public Task CloseAsync() => _page.CloseAsync();

    [Test]
    public async Task The_panel_shows_a_case_observed_once_the_client_read_the_paid_order_and_hints_for_the_missing_ones()
    {
        var company = await Sandbox.CreateCompanyAsync(usdtBalance: 1000m);
        using var api = Sandbox.CreateClient(company.ApiKey);
        await Expect(_page.Locator($"#report-company option[value='{company.Id}']")).ToHaveCountAsync(1);
        await _page.Locator("#report-company").SelectOptionAsync(company.Id.ToString());
        var paid = _page.Locator("tr[data-case-id='order-paid']");
        await Expect(paid).ToHaveAttributeAsync("data-status", "missing");
        await Expect(_page.Locator("tr[data-case-id='key-rotated']")).ToContainTextAsync("regenerate-key");

        var orderId = await OrderAsync(api, "panel-paid");
        await Sandbox.Orders.CompleteAsync(orderId);
        using var read = await api.GetAsync(new Uri($"orders/{orderId}", UriKind.Relative));

        await Expect(paid).ToHaveAttributeAsync("data-status", "observed");
        await Expect(paid).ToContainTextAsync($"GET /orders/{orderId}");
        await Expect(_page.Locator("#report-verdict")).ToHaveTextAsync("13 missing");
        await Expect(_page.Locator("[data-warning-id='accept-without-idempotency-key']")).ToHaveCountAsync(1);
    }

    [Test]
    public async Task Redeliver_sends_the_event_again_as_a_new_delivery()
    {
        // A receiver that is down: every attempt fails at once, which is enough to see the new delivery.
        var company = await Sandbox.CreateCompanyAsync(usdtBalance: 1000m, webhookUrl: "http://127.0.0.1:9/down");
        using var api = Sandbox.CreateClient(company.ApiKey);
        await OrderAsync(api, "panel-redeliver");
        var eventId = (await Sandbox.Webhooks.ListAsync(company.Id)).Single().EventId;
        await Expect(_page.Locator($"#report-company option[value='{company.Id}']")).ToHaveCountAsync(1);
        await _page.Locator("#report-company").SelectOptionAsync(company.Id.ToString());
        var rows = _page.Locator($"#report-webhooks tr[data-event-id='{eventId}']");
        await Expect(rows).ToHaveCountAsync(1);

        await _page.RunAndWaitForResponseAsync(
            () => rows.Locator("[data-action=redeliver]").ClickAsync(),
            response => response.Request.Method == "POST" && new Uri(response.Url).AbsolutePath == $"/_sandbox/webhooks/{eventId}/redeliver");

        await Expect(rows).ToHaveCountAsync(2);
        var deliveries = await Sandbox.Webhooks.ListAsync(company.Id);
        Assert.That(deliveries.Select(d => d.EventId), Is.EqualTo(new[] { eventId, eventId }));
    }

    private static async Task<Guid> OrderAsync(HttpClient api, string externalOrderId)
    {
        const string qrCode = "https://qr.nspk.ru/AD10006M8KH4QP2R5T7V9W1X3Y5Z7B9C?type=02&bank=100000000007&sum=500000&cur=RUB&crc=0A1B";
        using var prepared = await api.PostAsJsonAsync("orders/prepare", new { qrCode, externalOrderId });
        var quote = await prepared.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        using var accepted = await api.PostAsync(new Uri($"orders/accept/{quote.GetProperty("id").GetGuid()}", UriKind.Relative), null);
        return (await accepted.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
