using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Flows;

/// <summary>Scenario rules decide how disputes end and when: by reason text or by the order's amount.</summary>
public sealed class DisputeScenarioTests : SandboxTestBase
{
    private const string Scenario = """
        {
          "name": "dispute rules",
          "clock": { "mode": "virtual", "start": "2026-01-01T00:00:00Z" },
          "companies": [ { "name": "Owner", "email": "owner@lumo.test", "password": "p" } ],
          "rules": [
            {
              "name": "fraud claims are rejected after 30 s",
              "when": { "reason": "*fraud*" },
              "then": { "dispute": [ { "afterSeconds": 30, "status": "rejected", "adminComment": "No fraud found", "resolvedBy": "risk-team" } ] }
            },
            {
              "name": "777 RUB is partly refunded",
              "when": { "amountRub": 777.00 },
              "then": { "dispute": [
                { "afterSeconds": 5, "status": "in_review" },
                { "afterSeconds": 20, "status": "resolved", "resolution": "partial_refund", "refundAmount": 3.00 }
              ] }
            },
            {
              "name": "1900 RUB asks to refund more than was paid",
              "when": { "amountRub": 1900.00 },
              "then": { "dispute": [ { "afterSeconds": 10, "status": "resolved", "resolution": "partial_refund", "refundAmount": 50.00 } ] }
            }
          ]
        }
        """;

    protected override void Configure(LumoSandboxOptions options) => options.WithScenarioJson(Scenario).WithVirtualClock();

    [Test]
    public async Task A_reason_rule_rejects_the_dispute_at_its_time_and_moves_no_money()
    {
        var order = await PaidOrderAsync(950m);
        var dispute = await Api.DisputeAsync(order.Id(), "Looks like fraud to us");

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(29));
        Assert.That((await Api.GetJsonAsync($"disputes/{dispute.Id()}")).Str("status"), Is.EqualTo("submitted"));
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(1));

        var rejected = await Api.GetJsonAsync($"disputes/{dispute.Id()}");
        Assert.That(rejected.Str("status"), Is.EqualTo("rejected"));
        Assert.That(rejected.Str("adminComment"), Is.EqualTo("No fraud found"));
        Assert.That(rejected.Str("resolvedBy"), Is.EqualTo("risk-team"));
        Assert.That(rejected.Time("resolvedAt"), Is.EqualTo(dispute.Time("createdAt").AddSeconds(30)));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt - 10m));
    }

    [Test]
    public async Task An_amount_rule_reviews_then_partly_refunds()
    {
        var order = await PaidOrderAsync(777m);
        var dispute = await Api.DisputeAsync(order.Id(), "Only part of it arrived");

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.That((await Api.GetJsonAsync($"disputes/{dispute.Id()}")).Str("status"), Is.EqualTo("in_review"));
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(15));

        var resolved = await Api.GetJsonAsync($"disputes/{dispute.Id()}");
        Assert.That(resolved.Str("resolution"), Is.EqualTo("partial_refund"));
        Assert.That(resolved.Dec("refundAmount"), Is.EqualTo(3.00m));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt - order.Dec("amountUsdt") + 3.00m));
    }

    [Test]
    public async Task A_scripted_partial_refund_larger_than_the_order_gives_back_what_the_order_spent()
    {
        var order = await PaidOrderAsync(1900m);
        var dispute = await Api.DisputeAsync(order.Id());

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(10));

        Assert.That((await Api.GetJsonAsync($"disputes/{dispute.Id()}")).Dec("refundAmount"), Is.EqualTo(20.00m));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt));
    }

    [Test]
    public async Task Disputes_no_rule_matches_follow_the_default_timeline()
    {
        var order = await PaidOrderAsync(950m);
        var dispute = await Api.DisputeAsync(order.Id(), "Wrong merchant");

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(60));
        Assert.That((await Api.GetJsonAsync($"disputes/{dispute.Id()}")).Str("status"), Is.EqualTo("in_review"));
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(540));

        Assert.That((await Api.GetJsonAsync($"disputes/{dispute.Id()}")).Str("resolution"), Is.EqualTo("refund"));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt));
    }

    private async Task<System.Text.Json.JsonElement> PaidOrderAsync(decimal amountRub)
    {
        var order = await Api.OrderAsync(amountRub);
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3));
        return await Api.GetJsonAsync($"orders/{order.Id()}");
    }
}
