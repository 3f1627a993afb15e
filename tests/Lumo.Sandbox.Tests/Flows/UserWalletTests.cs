using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Flows;

/// <summary>User wallets and user deposits over real HTTP with the virtual clock.</summary>
public sealed class UserWalletTests : SandboxTestBase
{
    private const string TronAddress = "^T[1-9A-HJ-NP-Za-km-z]{33}$";

    /// <summary>A control API client (the base class disposes it after the test).</summary>
    private HttpClient Control => Client();

    [Test]
    public async Task Creating_twice_with_one_external_id_answers_201_with_the_same_wallet()
    {
        var first = await Api.UserWalletAsync("user-1");
        var second = await Api.UserWalletAsync("user-1");

        Assert.That(second.Id(), Is.EqualTo(first.Id()));
        Assert.That(second.Str("address"), Is.EqualTo(first.Str("address")).And.Match(TronAddress));
        Assert.That(first.GetProperty("companyId").GetGuid(), Is.EqualTo(Company.Id));
        Assert.That(first.GetProperty("isBlocked").GetBoolean(), Is.False);
        Assert.That(first.IsNull("blockReason"), Is.True);
        Assert.That(first.Dec("lastUsdtBalance"), Is.Zero);
        Assert.That(first.GetProperty("previousAddresses").GetArrayLength(), Is.Zero);
        Assert.That((await Api.GetJsonAsync("user-wallets")).Total(), Is.EqualTo(1));
    }

    [Test]
    public async Task Wallets_list_newest_first_with_paging_and_an_external_id_filter()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await Api.UserWalletAsync($"user-{i}")).Id());
        }

        var all = await Api.GetJsonAsync("user-wallets");
        var page = await Api.GetJsonAsync("user-wallets?limit=2&offset=1");
        var one = await Api.GetJsonAsync("user-wallets?externalId=user-2");
        var none = await Api.GetJsonAsync("user-wallets?externalId=nobody");

        Assert.That(all.Ids("userWallets"), Is.EqualTo(new[] { ids[3], ids[2], ids[1], ids[0] }));
        Assert.That(page.Ids("userWallets"), Is.EqualTo(new[] { ids[2], ids[1] }));
        Assert.That(page.Total(), Is.EqualTo(4));
        Assert.That(one.Ids("userWallets"), Is.EqualTo(new[] { ids[2] }));
        Assert.That(one.Total(), Is.EqualTo(1));
        Assert.That(none.Total(), Is.Zero);
        await Api.GetJsonAsync("user-wallets?limit=0", 400);
    }

    [Test]
    public async Task A_blocked_wallet_is_in_the_blocked_list_until_unblocked()
    {
        var open = await Api.UserWalletAsync("open");
        var blocked = await Api.UserWalletAsync("suspicious");

        var afterBlock = await Control.PostJsonAsync($"_sandbox/user-wallets/{blocked.Id()}/block", new { reason = "Sanctioned source" }, 200);
        var list = await Api.GetJsonAsync("user-wallets/blocked");

        Assert.That(afterBlock.GetProperty("isBlocked").GetBoolean(), Is.True);
        Assert.That(afterBlock.Str("blockReason"), Is.EqualTo("Sanctioned source"));
        Assert.That(list.Ids("userWallets"), Is.EqualTo(new[] { blocked.Id() }));
        Assert.That(list.Total(), Is.EqualTo(1));
        Assert.That((await Api.GetJsonAsync($"user-wallets/{open.Id()}")).GetProperty("isBlocked").GetBoolean(), Is.False);

        var unblocked = await Control.PostJsonAsync($"_sandbox/user-wallets/{blocked.Id()}/unblock", null, 200);

        Assert.That(unblocked.IsNull("blockReason"), Is.True);
        Assert.That((await Api.GetJsonAsync("user-wallets/blocked")).Total(), Is.Zero);
    }

    [Test]
    public async Task Blocking_without_a_reason_uses_the_default_reason()
    {
        var wallet = await Api.UserWalletAsync("user-1");

        var blocked = await Control.PostJsonAsync($"_sandbox/user-wallets/{wallet.Id()}/block", null, 200);

        Assert.That(blocked.Str("blockReason"), Is.EqualTo("Blocked by sandbox"));
    }

    [Test]
    public async Task Replace_gives_a_new_address_unblocks_and_keeps_the_history()
    {
        var wallet = await Api.UserWalletAsync("user-1");
        await Control.PostJsonAsync($"_sandbox/user-wallets/{wallet.Id()}/block", null, 200);
        var now = (await Sandbox.Clock.GetAsync()).Now;

        var replaced = await Api.PostJsonAsync($"user-wallets/{wallet.Id()}/replace", null, 201);
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(5));
        var again = await Api.PostJsonAsync($"user-wallets/{wallet.Id()}/replace", null, 201);

        Assert.That(replaced.Id(), Is.EqualTo(wallet.Id()));
        Assert.That(replaced.Str("externalId"), Is.EqualTo("user-1"));
        Assert.That(replaced.Str("address"), Is.Not.EqualTo(wallet.Str("address")).And.Match(TronAddress));
        Assert.That(replaced.GetProperty("isBlocked").GetBoolean(), Is.False);
        Assert.That(replaced.IsNull("blockReason"), Is.True);
        var history = again.GetProperty("previousAddresses").EnumerateArray().ToList();
        Assert.That(history.Select(h => h.Str("address")), Is.EqualTo(new[] { wallet.Str("address"), replaced.Str("address") }));
        Assert.That(history.Select(h => h.Time("replacedAt")), Is.EqualTo(new[] { now, now.AddSeconds(5) }));
        Assert.That((await Api.GetJsonAsync("user-wallets/blocked")).Total(), Is.Zero);
        Assert.That((await Api.UserWalletAsync("user-1")).Str("address"), Is.EqualTo(again.Str("address")));
    }

    [Test]
    public async Task Another_companys_wallet_is_404_and_control_calls_on_an_unknown_wallet_are_404()
    {
        var wallet = await Api.UserWalletAsync("user-1");
        var other = Client((await Sandbox.CreateCompanyAsync()).ApiKey);

        await other.GetJsonAsync($"user-wallets/{wallet.Id()}", 404);
        await other.PostJsonAsync($"user-wallets/{wallet.Id()}/replace", null, 404);
        await other.GetJsonAsync($"user-wallets/{wallet.Id()}/deposits", 404);
        await Control.PostJsonAsync($"_sandbox/user-wallets/{Guid.NewGuid()}/block", null, 404);
        await Control.PostJsonAsync($"_sandbox/user-wallets/{Guid.NewGuid()}/deposits", new { amountUsdt = 1m }, 404);
        Assert.That((await other.UserWalletAsync("user-1")).Id(), Is.Not.EqualTo(wallet.Id()));
    }

    [Test]
    public async Task A_user_deposit_confirms_at_19_and_credits_the_company_once()
    {
        var wallet = await Api.UserWalletAsync("user-1");

        var deposit = await Control.UserDepositAsync(wallet.Id(), 25m);

        Assert.That(deposit.Str("status"), Is.EqualTo("pending"));
        Assert.That(deposit.GetProperty("userWalletId").GetGuid(), Is.EqualTo(wallet.Id()));
        Assert.That(deposit.Str("externalId"), Is.EqualTo("user-1"));
        Assert.That(deposit.Str("address"), Is.EqualTo(wallet.Str("address")));
        Assert.That(deposit.GetProperty("credited").GetBoolean(), Is.False);

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(54));
        Assert.That(Single(await Api.GetJsonAsync($"user-wallets/{wallet.Id()}/deposits")).GetProperty("confirmations").GetInt32(), Is.EqualTo(18));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt));

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3));
        var confirmed = Single(await Api.GetJsonAsync($"user-wallets/{wallet.Id()}/deposits?status=confirmed"));
        Assert.That(confirmed.GetProperty("credited").GetBoolean(), Is.True);
        Assert.That(confirmed.Time("confirmedAt"), Is.EqualTo(deposit.Time("createdAt").AddSeconds(57)));
        Assert.That((await Api.GetJsonAsync($"user-wallets/{wallet.Id()}")).Dec("lastUsdtBalance"), Is.EqualTo(25m));

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromMinutes(5));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt + 25m));
        Assert.That(await Control.HeldUsdtAsync(Company.Id), Is.EqualTo(InitialUsdt + 25m));
        Assert.That((await Api.GetJsonAsync("wallets/deposits")).Total(), Is.Zero, "user deposits are not company deposits");
    }

    [Test]
    public async Task A_deposit_to_a_blocked_wallet_is_recorded_but_not_credited()
    {
        var wallet = await Api.UserWalletAsync("user-1");
        await Control.PostJsonAsync($"_sandbox/user-wallets/{wallet.Id()}/block", null, 200);

        await Control.UserDepositAsync(wallet.Id(), 25m);
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(57));

        var deposit = Single(await Api.GetJsonAsync($"user-wallets/{wallet.Id()}/deposits"));
        Assert.That(deposit.Str("status"), Is.EqualTo("confirmed"));
        Assert.That(deposit.GetProperty("credited").GetBoolean(), Is.False);
        Assert.That((await Api.GetJsonAsync($"user-wallets/{wallet.Id()}")).Dec("lastUsdtBalance"), Is.EqualTo(25m));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt));
        Assert.That(await Control.HeldUsdtAsync(Company.Id), Is.EqualTo(InitialUsdt));
    }

    [Test]
    public async Task A_deposit_confirmed_while_blocked_stays_uncredited_after_unblocking()
    {
        var wallet = await Api.UserWalletAsync("user-1");
        await Control.PostJsonAsync($"_sandbox/user-wallets/{wallet.Id()}/block", null, 200);
        await Control.UserDepositAsync(wallet.Id(), 25m, confirmations: 19);

        await Control.PostJsonAsync($"_sandbox/user-wallets/{wallet.Id()}/unblock", null, 200);
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromMinutes(5));

        var deposit = Single(await Api.GetJsonAsync($"user-wallets/{wallet.Id()}/deposits"));
        Assert.That(deposit.Str("status"), Is.EqualTo("confirmed"));
        Assert.That(deposit.GetProperty("credited").GetBoolean(), Is.False);
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt));
        Assert.That(await Control.HeldUsdtAsync(Company.Id), Is.EqualTo(InitialUsdt));
    }

    [Test]
    public async Task A_deposit_pending_when_its_wallet_is_replaced_does_not_raise_the_new_addresss_balance()
    {
        var wallet = await Api.UserWalletAsync("user-1");
        await Control.UserDepositAsync(wallet.Id(), 25m);
        var replaced = await Api.PostJsonAsync($"user-wallets/{wallet.Id()}/replace", null, 201);

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(57));

        var deposit = Single(await Api.GetJsonAsync($"user-wallets/{wallet.Id()}/deposits"));
        Assert.That(deposit.Str("status"), Is.EqualTo("confirmed"));
        Assert.That(deposit.Str("address"), Is.EqualTo(wallet.Str("address")));
        var now = await Api.GetJsonAsync($"user-wallets/{wallet.Id()}");
        Assert.That(now.Str("address"), Is.EqualTo(replaced.Str("address")));
        Assert.That(now.Dec("lastUsdtBalance"), Is.Zero, "the 25 USDT reached the old address, not the new one");
    }

    [Test]
    public async Task A_failing_user_deposit_ends_failed_and_credits_nothing()
    {
        var wallet = await Api.UserWalletAsync("user-1");

        await Control.UserDepositAsync(wallet.Id(), 25m, confirmations: 19, fail: true);

        var deposit = Single(await Api.GetJsonAsync($"user-wallets/{wallet.Id()}/deposits?status=failed"));
        Assert.That(deposit.GetProperty("credited").GetBoolean(), Is.False);
        Assert.That((await Api.GetJsonAsync($"user-wallets/{wallet.Id()}")).Dec("lastUsdtBalance"), Is.Zero);
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt));
    }

    [Test]
    public async Task User_deposits_list_newest_first_per_wallet_and_keep_the_address_they_reached()
    {
        var wallet = await Api.UserWalletAsync("user-1");
        var elsewhere = await Api.UserWalletAsync("user-2");
        var before = await Control.UserDepositAsync(wallet.Id(), 1m, confirmations: 19);
        var replaced = await Api.PostJsonAsync($"user-wallets/{wallet.Id()}/replace", null, 201);
        var after = await Control.UserDepositAsync(wallet.Id(), 2m);
        await Control.UserDepositAsync(elsewhere.Id(), 3m);

        var list = await Api.GetJsonAsync($"user-wallets/{wallet.Id()}/deposits");
        var page = await Api.GetJsonAsync($"user-wallets/{wallet.Id()}/deposits?limit=1&offset=1");

        Assert.That(list.Ids("deposits"), Is.EqualTo(new[] { after.Id(), before.Id() }));
        Assert.That(list.GetProperty("deposits").EnumerateArray().Select(d => d.Str("address")), Is.EqualTo(new[] { replaced.Str("address"), wallet.Str("address") }));
        Assert.That(page.Ids("deposits"), Is.EqualTo(new[] { before.Id() }));
        Assert.That(page.Total(), Is.EqualTo(2));
        Assert.That(replaced.Dec("lastUsdtBalance"), Is.Zero, "a replacement starts the new address from zero");
    }

    [Test]
    public async Task Scenario_user_wallets_exist_from_the_start_blocked_as_the_scenario_says()
    {
        const string scenario = """
            {
              "name": "user wallets",
              "clock": { "mode": "virtual", "start": "2026-01-01T00:00:00Z" },
              "companies": [ {
                "name": "Wallets", "email": "wallets@lumo.test", "password": "p", "apiKey": "lb2b_33333333333333333333333333333333",
                "userWallets": [
                  { "externalId": "alice" },
                  { "externalId": "mallory", "isBlocked": true, "blockReason": "Sanctioned source" }
                ]
              } ]
            }
            """;
        await using var sandbox = await LumoSandbox.StartAsync(o => o.WithScenarioJson(scenario).WithVirtualClock());
        using var api = ContractClient(sandbox, "lb2b_33333333333333333333333333333333");

        var all = await api.GetJsonAsync("user-wallets");
        var blocked = await api.GetJsonAsync("user-wallets/blocked");
        var alice = await api.UserWalletAsync("alice");

        Assert.That(all.GetProperty("userWallets").EnumerateArray().Select(w => w.Str("externalId")), Is.EqualTo(new[] { "mallory", "alice" }));
        Assert.That(blocked.GetProperty("userWallets").EnumerateArray().Select(w => w.Str("blockReason")), Is.EqualTo(new[] { "Sanctioned source" }));
        Assert.That(alice.Id(), Is.EqualTo(all.Ids("userWallets")[1]));
    }

    private static System.Text.Json.JsonElement Single(System.Text.Json.JsonElement list)
    {
        Assert.That(list.Total(), Is.EqualTo(1));
        return list.GetProperty("deposits")[0];
    }
}
