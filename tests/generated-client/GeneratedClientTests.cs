using Lumo.Client;
using Lumo.Client.Models;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Lumo.Sandbox.GeneratedClient;

/// <summary>
/// The order flow through a Kiota client generated from the sandbox's own /openapi.json. LUMO_SANDBOX_URL names
/// the sandbox; it runs with the virtual clock, so the test moves time instead of waiting. Each test makes its own
/// company through the control API, so the suite shares the sandbox with anything else.
/// </summary>
public sealed class GeneratedClientTests
{
    // 5000.00 RUB (sum is in kopecks): at the default 95.00 RUB/USDT that is 52.63 USDT.
    private const string Qr = "https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&bank=100000000001&sum=500000&cur=RUB&crc=F4AB";

    private static Uri Sandbox => new(Environment.GetEnvironmentVariable("LUMO_SANDBOX_URL") ?? "http://localhost:8080");

    [Test]
    public async Task Prepare_accept_poll_until_success_then_balance_and_order_list()
    {
        var lumo = await NewCompanyClientAsync(usdtBalance: 1000);

        var quote = await lumo.Orders.Prepare.PostAsync(new PrepareOrderRequest { QrCode = Qr, ExternalOrderId = "kiota-1" });
        Assert.That(quote!.AmountUsdt, Is.EqualTo(52.63), "5000.00 RUB at 95.00 RUB/USDT");
        var accepted = await lumo.Orders.Accept[quote.Id!.Value].PostAsync();
        Assert.That(accepted!.Status, Is.EqualTo(OrderStatus.In_progress));

        var order = await PollUntilSettledAsync(lumo, quote.Id.Value);

        Assert.That(order.Status, Is.EqualTo(OrderStatus.Success));
        var balance = await lumo.Wallets.Balance.GetAsync();
        Assert.That(balance!.UsdtBalance, Is.EqualTo(947.37), "1000 - 52.63");
        Assert.That(balance.FrozenBalance, Is.EqualTo(0));
        var paid = await lumo.Orders.GetAsync(r => r.QueryParameters.Status = OrderStatus.Success);
        Assert.That(paid!.Orders!.Select(o => o.Id), Is.EqualTo(new[] { quote.Id }));
    }

    [Test]
    public async Task An_error_message_arrives_as_a_string_or_as_a_list()
    {
        var lumo = await NewCompanyClientAsync(usdtBalance: 1000);

        var validation = Assert.ThrowsAsync<Error>(() => lumo.Orders.Prepare.PostAsync(new PrepareOrderRequest { ExternalOrderId = "kiota-2" }));
        var notFound = Assert.ThrowsAsync<Error>(() => lumo.Orders[Guid.NewGuid()].GetAsync());

        Assert.That(validation!.StatusCode, Is.EqualTo(400));
        Assert.That(validation.MessageEscaped!.String, Does.Contain("qrCode is required"), "validation errors list every problem");
        Assert.That(notFound!.StatusCode, Is.EqualTo(404));
        Assert.That(notFound.MessageEscaped!.ErrorMessageString, Is.Not.Empty, "other errors carry one message");
    }

    // The order is paid 3 s of sandbox time after accept: poll, and move the clock a second when it is not settled.
    private static async Task<Order> PollUntilSettledAsync(LumoClient lumo, Guid id)
    {
        var control = NewClient(apiKey: null);
        for (var second = 0; second < 30; second++)
        {
            var order = await lumo.Orders[id].GetAsync();
            if (order!.Status != OrderStatus.In_progress)
            {
                return order;
            }

            await control.Sandbox.Clock.Advance.PostAsync(new AdvanceClockRequest { Seconds = 1 });
        }

        throw new AssertionException($"order {id} still in progress after 30 s of sandbox time");
    }

    private static async Task<LumoClient> NewCompanyClientAsync(double usdtBalance)
    {
        var company = await NewClient(apiKey: null).Sandbox.Companies.PostAsync(new CreateSandboxCompanyRequest { UsdtBalance = usdtBalance });
        return NewClient(company!.ApiKey);
    }

    // Kiota's ApiKeyAuthenticationProvider refuses http:// ("Only https is supported"), and the sandbox is plain
    // http on loopback: the key goes on the HttpClient as a default header instead.
    private static LumoClient NewClient(string? apiKey)
    {
        var http = KiotaClientFactory.Create();
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Add("X-API-Key", apiKey);
        }

        return new LumoClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = Sandbox.ToString().TrimEnd('/') });
    }
}
