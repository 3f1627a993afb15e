using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Flows;

/// <summary>Quotes and orders over real HTTP with the virtual clock: the quickstart, expiry, balances, outcomes.</summary>
public sealed class OrderFlowTests : SandboxTestBase
{
    [Test]
    public async Task The_quickstart_link_is_500_rub_because_sum_is_kopecks_and_expires_in_30_s()
    {
        var now = (await Sandbox.Clock.GetAsync()).Now;
        using var response = await Api.PrepareAsync(Qr.Quickstart);

        var quote = await response.JsonAsync(201);
        Assert.That(quote.Dec("amountRub"), Is.EqualTo(500.00m));
        Assert.That(quote.Dec("rate"), Is.EqualTo(95.00m));
        Assert.That(quote.Dec("amountUsdt"), Is.EqualTo(5.26m));
        Assert.That(quote.GetProperty("expiresAt").GetDateTimeOffset(), Is.EqualTo(now.AddSeconds(30)));
        Assert.That(quote.GetProperty("isBalanceSufficient").GetBoolean(), Is.True);
        Assert.That(quote.Str("merchantName"), Is.Not.Empty);
        Assert.That(quote.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "id", "amountRub", "amountUsdt", "rate", "expiresAt", "isBalanceSufficient", "merchantName" }));
    }

    [Test]
    public async Task Five_thousand_rub_at_95_is_52_63_usdt()
    {
        using var response = await Api.PrepareAsync(Qr.Quickstart.Replace("sum=50000", "sum=500000", StringComparison.Ordinal));

        var quote = await response.JsonAsync(201);
        Assert.That(quote.Dec("amountRub"), Is.EqualTo(5000.00m));
        Assert.That(quote.Dec("amountUsdt"), Is.EqualTo(52.63m));
    }

    [Test]
    public async Task The_same_qr_code_always_shows_the_same_merchant()
    {
        var first = await Api.QuoteAsync(100m);
        var second = await Api.QuoteAsync(100m);

        Assert.That(second.Str("merchantName"), Is.EqualTo(first.Str("merchantName")));
    }

    [Test]
    public async Task Merchant_names_are_written_as_text_not_unicode_escapes()
    {
        using var response = await Api.PrepareAsync(Qr.Quickstart);

        var text = await response.Content.ReadAsStringAsync();
        var name = (await response.JsonAsync(201)).Str("merchantName");
        Assert.That(text, Does.Contain(name).And.Not.Contain("\\u04"));
    }

    // Worked by hand at 95.00 RUB per USDT: 1000 / 95 = 10.526… → 10.53; 4001 / 95 = 42.115… → 42.12.
    [TestCase(1000, 10.53)]
    [TestCase(4001, 42.12)]
    public async Task AmountUsdt_rounds_up_from_half_a_cent(decimal amountRub, decimal expectedUsdt)
    {
        var quote = await Api.QuoteAsync(amountRub);

        Assert.That(quote.Dec("rate"), Is.EqualTo(95.00m));
        Assert.That(quote.Dec("amountUsdt"), Is.EqualTo(expectedUsdt));
    }

    [Test]
    public async Task AmountUsdt_exactly_half_a_cent_rounds_away_from_zero()
    {
        // 2000 bps off 95.00 is 76.00; 799.90 / 76 = 10.525 exactly: away from zero 10.53 (to even, or cut: 10.52).
        var company = await Sandbox.CreateCompanyAsync(usdtBalance: 100m, qrRateOffsetBps: 2000);
        var quote = await Client(company.ApiKey).QuoteAsync(799.90m);

        Assert.That(quote.Dec("rate"), Is.EqualTo(76.00m));
        Assert.That(quote.Dec("amountUsdt"), Is.EqualTo(10.53m));
    }

    [Test]
    public async Task A_quote_accepted_exactly_at_its_expiresAt_is_409_quote_expired()
    {
        var quote = await Api.QuoteAsync(1000m);
        var now = await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(30));
        Assert.That(now.Now, Is.EqualTo(quote.Time("expiresAt")));

        using var response = await Api.AcceptAsync(quote.Id());

        Assert.That((await response.JsonAsync(409)).Str("message"), Is.EqualTo("Quote expired"));
        Assert.That((await Api.GetJsonAsync("wallets/balance")).Dec("frozenBalance"), Is.Zero);
    }

    [Test]
    public async Task A_quote_accepted_1_ms_before_its_expiresAt_becomes_an_order()
    {
        var quote = await Api.QuoteAsync(1000m);
        var now = await Sandbox.Clock.AdvanceAsync(TimeSpan.FromMilliseconds(29_999));
        Assert.That(now.Now, Is.EqualTo(quote.Time("expiresAt").AddMilliseconds(-1)));

        using var response = await Api.AcceptAsync(quote.Id());

        Assert.That((await response.JsonAsync(201)).Dec("amountUsdt"), Is.EqualTo(10.53m));
        Assert.That((await Api.GetJsonAsync("wallets/balance")).Dec("frozenBalance"), Is.EqualTo(10.53m));
    }

    [Test]
    public async Task A_balance_exactly_equal_to_the_amount_is_sufficient_and_a_cent_less_is_not()
    {
        // 950 / 95 = 10.00 USDT exactly.
        var exact = await Sandbox.CreateCompanyAsync(usdtBalance: 10.00m);
        var short1 = await Sandbox.CreateCompanyAsync(usdtBalance: 9.99m);
        var exactApi = Client(exact.ApiKey);

        var enough = await exactApi.QuoteAsync(950m);
        var notEnough = await Client(short1.ApiKey).QuoteAsync(950m);

        Assert.That(enough.Dec("amountUsdt"), Is.EqualTo(10.00m));
        Assert.That(enough.GetProperty("isBalanceSufficient").GetBoolean(), Is.True);
        Assert.That(notEnough.GetProperty("isBalanceSufficient").GetBoolean(), Is.False);
        using var accepted = await exactApi.AcceptAsync(enough.Id());
        await accepted.JsonAsync(201);
        var balance = await exactApi.GetJsonAsync("wallets/balance");
        Assert.That(balance.Dec("usdtBalance"), Is.Zero);
        Assert.That(balance.Dec("frozenBalance"), Is.EqualTo(10.00m));
    }

    [Test]
    public async Task A_quote_accepted_after_its_ttl_is_409_quote_expired()
    {
        var quote = await Api.QuoteAsync(1000m);
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(31));

        using var response = await Api.AcceptAsync(quote.Id());

        var error = await response.JsonAsync(409);
        Assert.That(error.Str("message"), Is.EqualTo("Quote expired"));
        Assert.That((await Api.GetJsonAsync("wallets/balance")).Dec("frozenBalance"), Is.Zero);
    }

    [Test]
    public async Task Accept_freezes_then_success_spends_after_3_s()
    {
        var quote = await Api.QuoteAsync(5000m);
        var amount = quote.Dec("amountUsdt");

        using var response = await Api.AcceptAsync(quote.Id());
        var order = await response.JsonAsync(201);
        var balance = await Api.GetJsonAsync("wallets/balance");

        Assert.That(order.Id(), Is.EqualTo(quote.Id()));
        Assert.That(order.Str("status"), Is.EqualTo("in_progress"));
        Assert.That(order.GetProperty("paymentUntil").GetDateTimeOffset(), Is.EqualTo(order.GetProperty("createdAt").GetDateTimeOffset().AddMinutes(5)));
        Assert.That(order.GetProperty("completedAt").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        Assert.That(balance.Dec("usdtBalance"), Is.EqualTo(InitialUsdt - amount));
        Assert.That(balance.Dec("frozenBalance"), Is.EqualTo(amount));

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3));

        var done = await Api.GetJsonAsync($"orders/{order.Id()}");
        balance = await Api.GetJsonAsync("wallets/balance");
        Assert.That(done.Str("status"), Is.EqualTo("success"));
        Assert.That(done.GetProperty("completedAt").GetDateTimeOffset(), Is.EqualTo(order.GetProperty("createdAt").GetDateTimeOffset().AddSeconds(3)));
        Assert.That(balance.Dec("frozenBalance"), Is.Zero);
        Assert.That(balance.Dec("usdtBalance"), Is.EqualTo(InitialUsdt - amount));
    }

    [Test]
    public async Task Accepting_twice_without_a_key_is_409()
    {
        var quote = await Api.QuoteAsync(100m);
        using var first = await Api.AcceptAsync(quote.Id());
        await first.JsonAsync(201);

        using var second = await Api.AcceptAsync(quote.Id());

        Assert.That((await second.JsonAsync(409)).Str("message"), Is.EqualTo("Quote already accepted"));
    }

    [Test]
    public async Task An_unknown_quote_is_404()
    {
        using var response = await Api.AcceptAsync(Guid.NewGuid());

        await response.JsonAsync(404);
    }

    [Test]
    public async Task Insufficient_balance_is_400_and_freezes_nothing()
    {
        var poor = await Sandbox.CreateCompanyAsync(usdtBalance: 10m);
        var api = Client(poor.ApiKey);
        var quote = await api.QuoteAsync(5000m);
        Assert.That(quote.GetProperty("isBalanceSufficient").GetBoolean(), Is.False);

        using var response = await api.AcceptAsync(quote.Id());

        var error = await response.JsonAsync(400);
        Assert.That(error.Str("message"), Is.EqualTo("Insufficient balance"));
        var balance = await api.GetJsonAsync("wallets/balance");
        Assert.That(balance.Dec("usdtBalance"), Is.EqualTo(10m));
        Assert.That(balance.Dec("frozenBalance"), Is.Zero);
    }

    [Test]
    public async Task The_rate_includes_the_companys_commission()
    {
        var company = await Sandbox.CreateCompanyAsync(usdtBalance: 1000m, qrRateOffsetBps: 100);
        var api = Client(company.ApiKey);

        var rate = await api.GetJsonAsync("rates/current");
        var quote = await api.QuoteAsync(5000m);

        Assert.That(rate.Dec("baseRate"), Is.EqualTo(95.00m));
        Assert.That(rate.Dec("rate"), Is.EqualTo(94.05m));
        Assert.That(rate.Dec("effectiveRate"), Is.EqualTo(94.05m));
        Assert.That(rate.GetProperty("qrRateOffsetBps").GetInt32(), Is.EqualTo(100));
        Assert.That(quote.Dec("rate"), Is.EqualTo(94.05m));
        Assert.That(quote.Dec("amountUsdt"), Is.EqualTo(53.16m));
    }

    [Test]
    public async Task Orders_list_filters_pages_newest_first_and_counts_the_total()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await Api.OrderAsync(100m + i, $"ext-{i}")).Id());
        }

        await Api.OrderAsync(4001m, "rejected");
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3));

        var page = await Api.GetJsonAsync("orders?status=success&limit=2&offset=1");
        var failed = await Api.GetJsonAsync("orders?status=failed");
        var all = await Api.GetJsonAsync("orders");

        Assert.That(page.GetProperty("total").GetInt32(), Is.EqualTo(5));
        Assert.That(page.GetProperty("orders").EnumerateArray().Select(o => o.Id()), Is.EqualTo(new[] { ids[3], ids[2] }));
        Assert.That(failed.GetProperty("total").GetInt32(), Is.EqualTo(1));
        Assert.That(all.GetProperty("total").GetInt32(), Is.EqualTo(6));
        Assert.That(all.GetProperty("orders").GetArrayLength(), Is.EqualTo(6));
    }
}
