using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lumo.Sandbox.Testing;

namespace Lumo.Sandbox.PackageConsumer;

/// <summary>
/// What an integrator does with the package alone: the payment flow on the virtual clock, and the pages the
/// in-process sandbox serves. The README's example is an excerpt of the first test.
/// </summary>
public sealed partial class PackageConsumerTests
{
    // 5000.00 RUB (sum is in kopecks): at the default 95.00 RUB/USDT that is 52.63 USDT.
    private const string Qr = "https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&bank=100000000001&sum=500000&cur=RUB&crc=F4AB";

    [Test]
    public async Task A_QR_code_is_paid()
    {
        await using var sandbox = await LumoSandbox.StartAsync(o => o.WithVirtualClock());
        var company = await sandbox.CreateCompanyAsync(usdtBalance: 1000m);
        using var lumo = sandbox.CreateClient(company.ApiKey);

        var prepared = await lumo.PostAsJsonAsync("/orders/prepare", new { qrCode = Qr, externalOrderId = "order-1" });
        var quoteId = (await prepared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await lumo.PostAsync($"/orders/accept/{quoteId}", null)).EnsureSuccessStatusCode();
        await sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3));

        var order = await lumo.GetFromJsonAsync<JsonElement>($"/orders/{quoteId}");
        Assert.That(order.GetProperty("status").GetString(), Is.EqualTo("success"));
        Assert.That(order.GetProperty("amountUsdt").GetDecimal(), Is.EqualTo(52.63m), "5000.00 RUB at 95.00 RUB/USDT");
        var balance = await lumo.GetFromJsonAsync<JsonElement>("/wallets/balance");
        Assert.That(balance.GetProperty("usdtBalance").GetDecimal(), Is.EqualTo(947.37m), "1000 - 52.63");
    }

    [Test]
    public async Task Before_the_clock_moves_the_order_is_still_in_progress()
    {
        await using var sandbox = await LumoSandbox.StartAsync(o => o.WithVirtualClock());
        var company = await sandbox.CreateCompanyAsync(usdtBalance: 1000m);
        using var lumo = sandbox.CreateClient(company.ApiKey);

        var prepared = await lumo.PostAsJsonAsync("/orders/prepare", new { qrCode = Qr, externalOrderId = "order-2" });
        var quoteId = (await prepared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await lumo.PostAsync($"/orders/accept/{quoteId}", null)).EnsureSuccessStatusCode();
        await sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(2));

        var order = await lumo.GetFromJsonAsync<JsonElement>($"/orders/{quoteId}");
        Assert.That(order.GetProperty("status").GetString(), Is.EqualTo("in_progress"), "paid 3 s after accept, not 2 s");
    }

    [Test]
    public async Task The_package_serves_the_document_the_reference_page_and_the_console()
    {
        await using var sandbox = await LumoSandbox.StartAsync(o => o.WithVirtualClock());
        using var http = sandbox.CreateClient();

        var yaml = await http.GetStringAsync("/openapi.yaml");
        var json = await http.GetFromJsonAsync<JsonElement>("/openapi.json");
        var console = await http.GetStringAsync("/_sandbox/ui");
        var docs = await http.GetStringAsync("/docs");

        Assert.That(yaml, Does.StartWith("openapi: 3.0").And.Contain("operationId: prepareOrder"));
        Assert.That(json.GetProperty("paths").TryGetProperty("/orders/prepare", out _), Is.True);
        Assert.That(console, Does.Contain("<html"));
        Assert.That(docs, Does.Contain("<html").IgnoreCase);
        await AssertAssetsServedAsync(http, new Uri(sandbox.BaseAddress, "/_sandbox/ui"), console);
        await AssertAssetsServedAsync(http, new Uri(sandbox.BaseAddress, "/docs/"), docs);
    }

    // Everything a page loads comes from the sandbox itself (it runs without internet), so each must answer 200.
    private static async Task AssertAssetsServedAsync(HttpClient http, Uri page, string html)
    {
        var assets = LocalAssets().Matches(html).Select(m => new Uri(page, m.Groups["path"].Value)).Distinct().ToList();
        Assert.That(assets, Is.Not.Empty, $"{page} loads its scripts and styles");
        foreach (var asset in assets)
        {
            using var response = await http.GetAsync(asset);
            Assert.That((int)response.StatusCode, Is.EqualTo(200), $"{asset} is served");
        }
    }

    [GeneratedRegex("""(?:src|href)="(?<path>(?!https?:|data:|#)[^"]+\.(?:js|css))""")]
    private static partial Regex LocalAssets();
}
