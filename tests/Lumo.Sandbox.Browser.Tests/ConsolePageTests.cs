using System.Net.Http.Json;
using System.Text.Json;
using Lumo.Sandbox.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lumo.Sandbox.Browser.Tests;

/// <summary>The sandbox console (/_sandbox/ui) in a real browser: it shows what the API did and drives the platform's side.</summary>
public sealed class ConsolePageTests : BrowserTestBase
{
    private IPage _page = null!;
    private SandboxCompany _company = null!;
    private HttpClient _api = null!;

    protected override void Configure(LumoSandboxOptions options) => options.WithVirtualClock();

    [SetUp]
    public async Task OpenConsoleAsync()
    {
        _company = await Sandbox.CreateCompanyAsync(usdtBalance: 1000m);
        _api = Sandbox.CreateClient(_company.ApiKey);
        _page = await Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = Sandbox.BaseAddress.ToString() });
        await _page.GotoAsync("_sandbox/ui");
    }

    [TearDown]
    public async Task CloseAsync()
    {
        await _page.CloseAsync();
        _api.Dispose();
    }

    [Test]
    public async Task An_order_made_through_the_API_appears_and_completes_on_a_click()
    {
        var orderId = await OrderAsync(5000.00m, "console-complete");
        var row = _page.Locator($"tr[data-order-id='{orderId}']");

        await Expect(row.Locator(".status-cell")).ToContainTextAsync("in_progress");
        await row.Locator("[data-action=complete]").ClickAsync();

        await Expect(row.Locator(".status-cell")).ToContainTextAsync("success");
        await Expect(row.Locator("[data-action=complete]")).ToHaveCountAsync(0);
        await Expect(_page.Locator($"tr[data-company-id='{_company.Id}'] .usdt")).ToHaveTextAsync("947.37");
        Assert.That(await StatusAsync(orderId), Is.EqualTo("success"));
    }

    [Test]
    public async Task Failing_an_order_on_a_click_gives_the_USDT_back()
    {
        var orderId = await OrderAsync(5000.00m, "console-fail");
        var row = _page.Locator($"tr[data-order-id='{orderId}']");
        await Expect(_page.Locator($"tr[data-company-id='{_company.Id}'] .frozen")).ToHaveTextAsync("52.63");

        await row.Locator("[data-action=fail]").ClickAsync();

        await Expect(row.Locator(".status-cell")).ToContainTextAsync("failed payment_rejected");
        await Expect(_page.Locator($"tr[data-company-id='{_company.Id}'] .usdt")).ToHaveTextAsync("1000.00");
        Assert.That(await StatusAsync(orderId), Is.EqualTo("failed"));
    }

    [Test]
    public async Task Advancing_the_clock_fires_what_falls_due()
    {
        var orderId = await OrderAsync(5000.00m, "console-clock");
        var before = await Sandbox.Clock.GetAsync();

        await _page.Locator("#advance-seconds").FillAsync("3");
        await _page.Locator("[data-action=advance-clock]").ClickAsync();

        await Expect(_page.Locator($"tr[data-order-id='{orderId}'] .status-cell")).ToContainTextAsync("success");
        Assert.That((await Sandbox.Clock.GetAsync()).Now, Is.EqualTo(before.Now.AddSeconds(3)));
    }

    [Test]
    public async Task A_deposit_is_simulated_for_the_company_in_its_row()
    {
        var row = _page.Locator($"tr[data-company-id='{_company.Id}']");

        await row.Locator("input[type=number]").FillAsync("250");
        await ClickAndWaitForAnswerAsync(row.Locator("[data-action=deposit]"), "POST", "/_sandbox/deposits");

        await Expect(_page.Locator("#error")).ToBeHiddenAsync();
        var sent = await Sandbox.Requests.FindAsync("POST", "/_sandbox/deposits", limit: 1);
        using var body = JsonDocument.Parse(sent.Single().Body!);
        Assert.That(body.RootElement.GetProperty("companyId").GetGuid(), Is.EqualTo(_company.Id));
        Assert.That(body.RootElement.GetProperty("amountUsdt").GetDecimal(), Is.EqualTo(250m));
    }

    [Test]
    public async Task A_dispute_is_refunded_on_a_click()
    {
        var row = await DisputedRowAsync("console-dispute", "Goods never arrived");

        await row.Locator("[data-action=resolve]").ClickAsync();

        await Expect(row.Locator(".status-cell")).ToContainTextAsync("resolved");
        await Expect(row).ToContainTextAsync("refund");
        await Expect(_page.Locator($"tr[data-company-id='{_company.Id}'] .usdt")).ToHaveTextAsync("1000.00");
    }

    [Test]
    public async Task A_simulated_deposit_shows_its_confirmations_and_is_credited()
    {
        var row = _page.Locator($"tr[data-company-id='{_company.Id}']");
        var amount = row.Locator("input[type=number]");
        await amount.FillAsync("250");
        await PastTwoRefreshesAsync();
        await Expect(amount).ToHaveValueAsync("250");
        await Expect(amount).ToBeFocusedAsync();
        await ClickAndWaitForAnswerAsync(row.Locator("[data-action=deposit]"), "POST", "/_sandbox/deposits");
        var deposit = (await Sandbox.Deposits.ListAsync(companyId: _company.Id)).Single();
        await Expect(_page.Locator($"tr[data-deposit-id='{deposit.Id}'] .status-cell")).ToContainTextAsync("pending");

        await _page.Locator("#advance-seconds").FillAsync("57"); // 19 confirmations, one every 3 s
        await _page.Locator("[data-action=advance-clock]").ClickAsync();

        await Expect(_page.Locator($"tr[data-deposit-id='{deposit.Id}'] .status-cell")).ToContainTextAsync("confirmed");
        await Expect(row.Locator(".usdt")).ToHaveTextAsync("1250.00");
    }

    [Test]
    public async Task A_dispute_is_partly_refunded_with_the_amount_typed_in_its_row()
    {
        var row = await DisputedRowAsync("console-partial", "Half the goods arrived");

        await row.Locator("input[type=number]").FillAsync("20.50");
        await PastTwoRefreshesAsync();
        await row.Locator("[data-action=partial-refund]").ClickAsync();

        await Expect(row.Locator(".status-cell")).ToContainTextAsync("resolved");
        await Expect(row.Locator(".resolution")).ToHaveTextAsync("partial_refund 20.50 USDT");
        // 1000.00 - 52.63 paid + 20.50 returned
        await Expect(_page.Locator($"tr[data-company-id='{_company.Id}'] .usdt")).ToHaveTextAsync("967.87");
    }

    [Test]
    public async Task A_refused_action_shows_the_sandboxs_message()
    {
        var row = _page.Locator($"tr[data-company-id='{_company.Id}']");

        await row.Locator("input[type=number]").FillAsync("0");
        await row.Locator("[data-action=deposit]").ClickAsync();

        await Expect(_page.Locator("#error")).ToBeVisibleAsync();
        await Expect(_page.Locator("#error")).ToContainTextAsync("amountUsdt");

        // The page refreshes every second; a refresh must not take the refusal away before it is read.
        await PastTwoRefreshesAsync();
        Assert.That(await _page.Locator("#error").IsVisibleAsync(), Is.True, "the refusal was hidden by a refresh");
    }

    // The page refreshes by asking for the companies first: when the third such answer arrives, the second refresh
    // has been rendered. A signal from the page, not a wait on the wall clock.
    private async Task PastTwoRefreshesAsync()
    {
        for (var i = 0; i < 3; i++)
        {
            await _page.WaitForResponseAsync(response => new Uri(response.Url).AbsolutePath == "/_sandbox/companies");
        }
    }

    // A click whose effect the test then reads through the control API: wait until the page got its answer.
    private Task ClickAndWaitForAnswerAsync(ILocator button, string method, string path) =>
        _page.RunAndWaitForResponseAsync(
            () => button.ClickAsync(),
            response => response.Request.Method == method && new Uri(response.Url).AbsolutePath == path);

    // A paid 5000.00 RUB order (52.63 USDT) with a dispute opened through the API, and its row once the console shows it.
    private async Task<ILocator> DisputedRowAsync(string externalOrderId, string reason)
    {
        var orderId = await OrderAsync(5000.00m, externalOrderId);
        await Sandbox.Orders.CompleteAsync(orderId);
        using var opened = await _api.PostAsJsonAsync($"orders/{orderId}/disputes", new { reason });
        var disputeId = (await opened.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var row = _page.Locator($"tr[data-dispute-id='{disputeId}']");
        await Expect(row.Locator(".status-cell")).ToContainTextAsync("submitted");
        return row;
    }

    private async Task<Guid> OrderAsync(decimal amountRub, string externalOrderId)
    {
        var qrCode = FormattableString.Invariant($"https://qr.nspk.ru/AD10006M8KH4QP2R5T7V9W1X3Y5Z7B9C?type=02&bank=100000000007&sum={amountRub * 100m:0}&cur=RUB&crc=0A1B");
        using var prepared = await _api.PostAsJsonAsync("orders/prepare", new { qrCode, externalOrderId });
        var quote = await prepared.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        using var accepted = await _api.PostAsync(new Uri($"orders/accept/{quote.GetProperty("id").GetGuid()}", UriKind.Relative), null);
        return (await accepted.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<string> StatusAsync(Guid orderId) =>
        (await _api.GetFromJsonAsync<JsonElement>($"orders/{orderId}")).GetProperty("status").GetString()!;
}
