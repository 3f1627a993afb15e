using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Flows;

/// <summary>Company deposits over real HTTP with the virtual clock: confirmations every 3 s, credit once at 19.</summary>
public sealed class DepositTests : SandboxTestBase
{
    /// <summary>A control API client (the base class disposes it after the test).</summary>
    private HttpClient Control => Client();

    [Test]
    public async Task The_balance_shows_the_companys_tron_address_usdt_trx_and_frozen()
    {
        var balance = await Api.GetJsonAsync("wallets/balance");

        Assert.That(balance.Str("address"), Is.EqualTo(Company.Address).And.Match("^T[1-9A-HJ-NP-Za-km-z]{33}$"));
        Assert.That(balance.Dec("usdtBalance"), Is.EqualTo(InitialUsdt));
        Assert.That(balance.Dec("trxBalance"), Is.EqualTo(10m));
        Assert.That(balance.Dec("frozenBalance"), Is.Zero);
    }

    [Test]
    public async Task A_deposit_of_100_is_pending_until_19_confirmations_57_s_later_and_credits_exactly_once()
    {
        var deposit = await Control.DepositAsync(Company.Id, 100m);

        Assert.That(deposit.Str("status"), Is.EqualTo("pending"));
        Assert.That(deposit.GetProperty("confirmations").GetInt32(), Is.Zero);
        Assert.That(deposit.Str("txHash"), Does.Match("^[0-9a-f]{64}$"));
        Assert.That(deposit.IsNull("confirmedAt"), Is.True);
        Assert.That(deposit.Time("createdAt"), Is.EqualTo((await Sandbox.Clock.GetAsync()).Now));

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(56));
        var pending = Single(await Api.GetJsonAsync("wallets/deposits"));
        Assert.That(pending.Str("status"), Is.EqualTo("pending"));
        Assert.That(pending.GetProperty("confirmations").GetInt32(), Is.EqualTo(18));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt));

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(1));
        var confirmed = Single(await Api.GetJsonAsync("wallets/deposits"));
        Assert.That(confirmed.Str("status"), Is.EqualTo("confirmed"));
        Assert.That(confirmed.GetProperty("confirmations").GetInt32(), Is.EqualTo(19));
        Assert.That(confirmed.Time("confirmedAt"), Is.EqualTo(deposit.Time("createdAt").AddSeconds(57)));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt + 100m));

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromMinutes(10));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt + 100m));
        Assert.That(Single(await Api.GetJsonAsync("wallets/deposits")).GetProperty("confirmations").GetInt32(), Is.EqualTo(19));
        Assert.That(await Control.HeldUsdtAsync(Company.Id), Is.EqualTo(InitialUsdt + 100m));
    }

    [Test]
    public async Task Confirmations_count_up_one_every_3_s()
    {
        var deposit = await Control.DepositAsync(Company.Id, 5m);
        var seen = new List<int>();

        for (var i = 0; i < 19; i++)
        {
            await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(1.5));
            var half = Single(await Api.GetJsonAsync("wallets/deposits")).GetProperty("confirmations").GetInt32();
            await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(1.5));
            seen.Add(Single(await Api.GetJsonAsync("wallets/deposits")).GetProperty("confirmations").GetInt32());
            Assert.That(half, Is.EqualTo(i), "no confirmation before its 3 s are up");
        }

        Assert.That(seen, Is.EqualTo(Enumerable.Range(1, 19)));
        Assert.That(deposit.Id(), Is.EqualTo(Single(await Api.GetJsonAsync("wallets/deposits?status=confirmed")).Id()));
    }

    [Test]
    public async Task A_deposit_arriving_with_confirmations_needs_only_the_rest()
    {
        var settled = await Control.DepositAsync(Company.Id, 7m, confirmations: 19);
        var partway = await Control.DepositAsync(Company.Id, 3m, confirmations: 10);

        Assert.That(settled.Str("status"), Is.EqualTo("confirmed"));
        Assert.That(settled.Time("confirmedAt"), Is.EqualTo(settled.Time("createdAt")));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt + 7m));

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(26));
        Assert.That((await Api.GetJsonAsync("wallets/deposits?status=pending")).Ids("deposits"), Is.EqualTo(new[] { partway.Id() }));
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.That((await Api.GetJsonAsync("wallets/deposits?status=pending")).Total(), Is.Zero);
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt + 10m));
    }

    [Test]
    public async Task A_failing_deposit_ends_failed_and_credits_nothing()
    {
        var deposit = await Control.DepositAsync(Company.Id, 100m, fail: true);

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(57));

        var failed = Single(await Api.GetJsonAsync("wallets/deposits"));
        Assert.That(failed.Id(), Is.EqualTo(deposit.Id()));
        Assert.That(failed.Str("status"), Is.EqualTo("failed"));
        Assert.That(failed.IsNull("confirmedAt"), Is.True);
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt));
        Assert.That(await Control.HeldUsdtAsync(Company.Id), Is.EqualTo(InitialUsdt));
    }

    [Test]
    public async Task A_deposit_for_an_unknown_company_is_404()
    {
        using var response = await Control.PostAsync(
            new Uri("_sandbox/deposits", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { companyId = Guid.NewGuid(), amountUsdt = 1m }));

        await response.JsonAsync(404);
    }

    [Test]
    public async Task Deposits_list_newest_first_with_paging_status_filter_and_true_totals()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await Control.DepositAsync(Company.Id, 10m + i, confirmations: i == 1 ? 19 : 0)).Id());
        }

        var other = await Sandbox.CreateCompanyAsync();
        await Control.DepositAsync(other.Id, 1m);

        var all = await Api.GetJsonAsync("wallets/deposits");
        var page = await Api.GetJsonAsync("wallets/deposits?limit=2&offset=1");
        var pending = await Api.GetJsonAsync("wallets/deposits?status=pending&offset=1");
        var confirmed = await Api.GetJsonAsync("wallets/deposits?status=confirmed");
        var control = await Control.GetJsonAsync($"_sandbox/deposits?companyId={Company.Id}&limit=2");

        Assert.That(all.Ids("deposits"), Is.EqualTo(new[] { ids[3], ids[2], ids[1], ids[0] }));
        Assert.That(all.Total(), Is.EqualTo(4));
        Assert.That(page.Ids("deposits"), Is.EqualTo(new[] { ids[2], ids[1] }));
        Assert.That(pending.Ids("deposits"), Is.EqualTo(new[] { ids[2], ids[0] }));
        Assert.That(pending.Total(), Is.EqualTo(3));
        Assert.That(confirmed.Ids("deposits"), Is.EqualTo(new[] { ids[1] }));
        Assert.That(control.Ids("deposits"), Is.EqualTo(new[] { ids[3], ids[2] }));
        Assert.That(control.GetProperty("deposits").EnumerateArray().Select(d => d.GetProperty("companyId").GetGuid()), Has.All.EqualTo(Company.Id));
    }

    [Test]
    public async Task Scheduled_scenario_deposits_appear_at_their_time_and_a_failed_one_credits_nothing()
    {
        const string scenario = """
            {
              "name": "scheduled deposits",
              "clock": { "mode": "virtual", "start": "2026-01-01T00:00:00Z" },
              "companies": [ { "name": "Payee", "email": "payee@lumo.test", "password": "p", "apiKey": "lb2b_22222222222222222222222222222222", "usdtBalance": 50 } ],
              "deposits": [
                { "company": "payee@lumo.test", "amountUsdt": 100, "afterSeconds": 10 },
                { "company": "PAYEE@lumo.test", "amountUsdt": 40, "afterSeconds": 20, "fail": true }
              ]
            }
            """;
        await using var sandbox = await LumoSandbox.StartAsync(o => o.WithScenarioJson(scenario).WithVirtualClock());
        using var api = ContractClient(sandbox, "lb2b_22222222222222222222222222222222");
        var start = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        await sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(9));
        Assert.That((await api.GetJsonAsync("wallets/deposits")).Total(), Is.Zero);

        await sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(1));
        var first = Single(await api.GetJsonAsync("wallets/deposits"));
        Assert.That(first.Str("status"), Is.EqualTo("pending"));
        Assert.That(first.Time("createdAt"), Is.EqualTo(start.AddSeconds(10)));

        await sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(70));
        var done = await api.GetJsonAsync("wallets/deposits");
        Assert.That(done.GetProperty("deposits").EnumerateArray().Select(d => d.Str("status")), Is.EqualTo(new[] { "failed", "confirmed" }));
        Assert.That(done.GetProperty("deposits")[0].Time("createdAt"), Is.EqualTo(start.AddSeconds(20)));
        Assert.That(await api.AvailableUsdtAsync(), Is.EqualTo(150m));
    }

    private static System.Text.Json.JsonElement Single(System.Text.Json.JsonElement list)
    {
        Assert.That(list.Total(), Is.EqualTo(1));
        return list.GetProperty("deposits")[0];
    }
}
