using System.Text.Json.Nodes;
using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Scenarios;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Flows;

/// <summary>
/// Retention: finished orders untouched for <c>timing.retentionSeconds</c> (here 1 h) or beyond a company's newest
/// <c>timing.retentionMaxOrders</c> finished ones (here 3) are forgotten with their disputes; open orders and open
/// disputes never are, and balances stay as they were. Boundaries on both sides, on the virtual clock.
/// </summary>
public sealed class RetentionTests : SandboxTestBase
{
    private static readonly TimeSpan Retention = TimeSpan.FromHours(1);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    private HttpClient Control => Client();

    protected override void Configure(LumoSandboxOptions options) => options.WithVirtualClock().WithScenarioJson(ScenarioText.With(document =>
    {
        document["timing"] = new JsonObject
        {
            ["retentionSeconds"] = 3600,
            ["retentionMaxOrders"] = 3,
            ["paymentWindowSeconds"] = 86400 * 30,
        };
        // Orders and disputes stay open until the test finishes them.
        document["defaults"] = new JsonObject { ["order"] = new JsonArray(), ["dispute"] = new JsonArray() };
    }));

    [Test]
    public async Task A_finished_order_is_kept_just_before_the_retention_age_and_forgotten_exactly_at_it()
    {
        var order = await PaidOrderAsync();
        var available = await Api.AvailableUsdtAsync();

        await Sandbox.Clock.AdvanceAsync(Retention - Tick);
        Assert.That(await ListedAsync(), Does.Contain(order), "1 ms before the age");

        await Sandbox.Clock.AdvanceAsync(Tick);
        Assert.That(await ListedAsync(), Does.Not.Contain(order), "exactly at the age");
        await Api.GetJsonAsync($"orders/{order}", 404);
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(available), "the ledger keeps its sums");
    }

    [Test]
    public async Task An_open_order_is_never_forgotten()
    {
        var open = (await Api.OrderAsync(500m)).Id();

        await Sandbox.Clock.AdvanceAsync(Retention * 5);

        Assert.That(await ListedAsync(), Does.Contain(open));
        Assert.That((await Api.GetJsonAsync($"orders/{open}")).Str("status"), Is.EqualTo("in_progress"));
    }

    [Test]
    public async Task Reading_an_order_by_id_restarts_its_age()
    {
        var order = await PaidOrderAsync();
        await Sandbox.Clock.AdvanceAsync(Retention - TimeSpan.FromMinutes(10));
        await Api.GetJsonAsync($"orders/{order}");

        await Sandbox.Clock.AdvanceAsync(Retention - Tick);
        Assert.That(await ListedAsync(), Does.Contain(order), "1 ms before an hour after the read");

        await Sandbox.Clock.AdvanceAsync(Tick);
        Assert.That(await ListedAsync(), Does.Not.Contain(order), "an hour after the read");
    }

    [Test]
    public async Task A_company_keeps_exactly_its_newest_finished_orders_and_open_ones_do_not_count()
    {
        var first = await PaidOrderAsync();
        var second = await PaidOrderAsync();
        var third = await PaidOrderAsync();
        var open = (await Api.OrderAsync(500m)).Id();
        Assert.That(await ListedAsync(), Is.EqualTo(new[] { open, third, second, first }), "3 finished: exactly at the count");

        var fourth = await PaidOrderAsync();

        Assert.That(await ListedAsync(), Is.EqualTo(new[] { fourth, open, third, second }), "4 finished: the oldest goes");
        await Api.GetJsonAsync($"orders/{first}", 404);
    }

    [Test]
    public async Task An_order_with_an_open_dispute_is_kept_and_goes_with_its_dispute_once_that_is_closed_and_aged()
    {
        var order = await PaidOrderAsync();
        var dispute = (await Api.DisputeAsync(order)).Id();
        await Sandbox.Clock.AdvanceAsync(Retention * 2);
        Assert.That(await ListedAsync(), Does.Contain(order), "its dispute is open");

        await Control.ResolveAsync(dispute, new { resolution = "confirm" });
        var available = await Api.AvailableUsdtAsync();
        await Sandbox.Clock.AdvanceAsync(Retention - Tick);
        Assert.That(await ListedAsync(), Does.Contain(order), "1 ms before an hour after the decision");

        await Sandbox.Clock.AdvanceAsync(Tick);
        Assert.That(await ListedAsync(), Does.Not.Contain(order));
        await Api.GetJsonAsync($"disputes/{dispute}", 404);
        Assert.That((await Api.GetJsonAsync("disputes")).Total(), Is.Zero);
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(available), "the ledger keeps its sums");
    }

    private async Task<Guid> PaidOrderAsync()
    {
        var order = (await Api.OrderAsync(500m)).Id();
        await Control.PostJsonAsync($"_sandbox/orders/{order}/complete", null, 200);
        return order;
    }

    private async Task<List<Guid>> ListedAsync() => (await Api.GetJsonAsync("orders?limit=100")).Ids("orders");
}
