using System.Text.Json;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Flows;

/// <summary>Disputes over real HTTP with the virtual clock: opening, the open-dispute rule, refunds, the default timeline, lists.</summary>
public sealed class DisputeTests : SandboxTestBase
{
    /// <summary>A control API client (the base class disposes it after the test).</summary>
    private HttpClient Control => Client();

    [Test]
    public async Task A_successful_order_disputed_becomes_disputed_and_a_refund_gives_back_its_amount()
    {
        var order = await PaidOrderAsync(950m);
        var amount = order.Dec("amountUsdt");
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt - amount));

        var dispute = await Api.DisputeAsync(order.Id(), "The merchant says it was not paid");

        Assert.That(dispute.Str("status"), Is.EqualTo("submitted"));
        Assert.That(dispute.GetProperty("orderId").GetGuid(), Is.EqualTo(order.Id()));
        Assert.That(dispute.Str("reason"), Is.EqualTo("The merchant says it was not paid"));
        Assert.That(dispute.IsNull("resolution") && dispute.IsNull("resolvedAt") && dispute.IsNull("refundAmount"), Is.True);
        Assert.That(dispute.Time("updatedAt"), Is.EqualTo(dispute.Time("createdAt")));
        Assert.That((await Api.GetJsonAsync($"orders/{order.Id()}")).Str("status"), Is.EqualTo("disputed"));

        var resolved = await Control.ResolveAsync(dispute.Id(), new { resolution = "refund", adminComment = "Not found at the bank" });

        Assert.That(resolved.Str("status"), Is.EqualTo("resolved"));
        Assert.That(resolved.Str("resolution"), Is.EqualTo("refund"));
        Assert.That(resolved.IsNull("refundAmount"), Is.True);
        Assert.That(resolved.Str("adminComment"), Is.EqualTo("Not found at the bank"));
        Assert.That(resolved.Str("resolvedBy"), Is.EqualTo("sandbox"));
        Assert.That(resolved.Time("resolvedAt"), Is.EqualTo((await Sandbox.Clock.GetAsync()).Now));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt));
        // The ledger invariant: available + frozen = initial − spent (amount) + refunds (amount).
        Assert.That(await Control.HeldUsdtAsync(Company.Id), Is.EqualTo(InitialUsdt));
    }

    [Test]
    public async Task A_failed_orders_dispute_resolved_with_refund_moves_no_money()
    {
        var order = await Api.OrderAsync(4001m, "rejected");
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3));
        Assert.That((await Api.GetJsonAsync($"orders/{order.Id()}")).Str("status"), Is.EqualTo("failed"));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt));

        var dispute = await Api.DisputeAsync(order.Id());
        var resolved = await Control.ResolveAsync(dispute.Id(), new { resolution = "refund" });

        Assert.That(resolved.Str("status"), Is.EqualTo("resolved"));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt));
        Assert.That(await Control.HeldUsdtAsync(Company.Id), Is.EqualTo(InitialUsdt));
    }

    [Test]
    public async Task A_second_dispute_while_one_is_open_returns_the_first()
    {
        var order = await PaidOrderAsync(100m);
        var first = await Api.DisputeAsync(order.Id(), "first");

        var again = await Api.DisputeAsync(order.Id(), "second");
        await Control.PostJsonAsync($"_sandbox/disputes/{first.Id()}/review", null, 200);
        var inReview = await Api.DisputeAsync(order.Id(), "third");

        Assert.That(again.Id(), Is.EqualTo(first.Id()));
        Assert.That(again.Str("reason"), Is.EqualTo("first"));
        Assert.That(inReview.Id(), Is.EqualTo(first.Id()));
        Assert.That(inReview.Str("status"), Is.EqualTo("in_review"));
        Assert.That((await Api.GetJsonAsync("disputes")).Total(), Is.EqualTo(1));
    }

    [Test]
    public async Task Once_the_dispute_is_closed_the_disputed_order_cannot_be_disputed_again()
    {
        var order = await PaidOrderAsync(100m);
        var dispute = await Api.DisputeAsync(order.Id());
        await Control.PostJsonAsync($"_sandbox/disputes/{dispute.Id()}/reject", null, 200);

        var error = await Api.DisputeAsync(order.Id(), expectedStatus: 409);

        Assert.That(error.Str("message"), Does.Contain("disputed"));
    }

    [Test]
    public async Task An_order_still_in_progress_cannot_be_disputed()
    {
        var order = await Api.OrderAsync(100m);

        var error = await Api.DisputeAsync(order.Id(), expectedStatus: 409);

        Assert.That(error.Str("message"), Does.Contain("in_progress"));
        Assert.That((await Api.GetJsonAsync($"orders/{order.Id()}")).Str("status"), Is.EqualTo("in_progress"));
    }

    [Test]
    public async Task Another_companys_order_and_dispute_are_404()
    {
        var order = await PaidOrderAsync(100m);
        var dispute = await Api.DisputeAsync(order.Id());
        var other = Client((await Sandbox.CreateCompanyAsync()).ApiKey);

        await other.DisputeAsync(order.Id(), expectedStatus: 404);
        await other.DisputeAsync(Guid.NewGuid(), expectedStatus: 404);
        await other.GetJsonAsync($"disputes/{dispute.Id()}", 404);
        Assert.That((await other.GetJsonAsync("disputes")).Total(), Is.Zero);
        await Control.ResolveAsync(Guid.NewGuid(), new { resolution = "refund" }, 404);
    }

    [Test]
    public async Task The_default_timeline_reviews_after_a_minute_and_refunds_after_ten()
    {
        var order = await PaidOrderAsync(950m);
        var dispute = await Api.DisputeAsync(order.Id());
        var createdAt = dispute.Time("createdAt");

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(59));
        Assert.That((await Api.GetJsonAsync($"disputes/{dispute.Id()}")).Str("status"), Is.EqualTo("submitted"));

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(1));
        var inReview = await Api.GetJsonAsync($"disputes/{dispute.Id()}");
        Assert.That(inReview.Str("status"), Is.EqualTo("in_review"));
        Assert.That(inReview.Time("updatedAt"), Is.EqualTo(createdAt.AddSeconds(60)));

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(539));
        Assert.That((await Api.GetJsonAsync($"disputes/{dispute.Id()}")).Str("status"), Is.EqualTo("in_review"));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt - 10m));

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(1));
        var resolved = await Api.GetJsonAsync($"disputes/{dispute.Id()}");
        Assert.That(resolved.Str("status"), Is.EqualTo("resolved"));
        Assert.That(resolved.Str("resolution"), Is.EqualTo("refund"));
        Assert.That(resolved.Time("resolvedAt"), Is.EqualTo(createdAt.AddSeconds(600)));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt));
    }

    [Test]
    public async Task A_dispute_resolved_by_hand_is_left_alone_by_its_timeline()
    {
        var order = await PaidOrderAsync(950m);
        var dispute = await Api.DisputeAsync(order.Id());
        await Control.ResolveAsync(dispute.Id(), new { resolution = "confirm" });

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(600));

        var after = await Api.GetJsonAsync($"disputes/{dispute.Id()}");
        Assert.That(after.Str("resolution"), Is.EqualTo("confirm"));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt - 10m));
    }

    [Test]
    public async Task A_partial_refund_gives_back_the_refund_amount()
    {
        var order = await PaidOrderAsync(950m);
        var dispute = await Api.DisputeAsync(order.Id());

        var resolved = await Control.ResolveAsync(dispute.Id(), new { resolution = "partial_refund", refundAmount = 2.5m, resolvedBy = "support" });

        Assert.That(resolved.Str("resolution"), Is.EqualTo("partial_refund"));
        Assert.That(resolved.Dec("refundAmount"), Is.EqualTo(2.5m));
        Assert.That(resolved.Str("resolvedBy"), Is.EqualTo("support"));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt - 10m + 2.5m));
        Assert.That(await Control.HeldUsdtAsync(Company.Id), Is.EqualTo(InitialUsdt - 10m + 2.5m));
    }

    [Test]
    public async Task Reject_moves_no_money_and_records_the_decision()
    {
        var order = await PaidOrderAsync(950m);
        var dispute = await Api.DisputeAsync(order.Id());

        var rejected = await Control.PostJsonAsync($"_sandbox/disputes/{dispute.Id()}/reject", new { adminComment = "Paid in full" }, 200);

        Assert.That(rejected.Str("status"), Is.EqualTo("rejected"));
        Assert.That(rejected.IsNull("resolution"), Is.True);
        Assert.That(rejected.Str("adminComment"), Is.EqualTo("Paid in full"));
        Assert.That(rejected.IsNull("resolvedAt"), Is.False);
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt - 10m));
    }

    [TestCase("partial_refund", 10.01, "must not exceed")]
    [TestCase("partial_refund", null, "required")]
    [TestCase("refund", 1.0, "only allowed")]
    public async Task A_resolution_that_does_not_fit_the_order_is_400_and_changes_nothing(string resolution, double? refundAmount, string message)
    {
        var order = await PaidOrderAsync(950m);
        var dispute = await Api.DisputeAsync(order.Id());
        object body = refundAmount is { } amount ? new { resolution, refundAmount = (decimal)amount } : new { resolution };

        var error = await Control.ResolveAsync(dispute.Id(), body, 400);

        Assert.That(error.Str("message"), Does.Contain(message));
        Assert.That((await Api.GetJsonAsync($"disputes/{dispute.Id()}")).Str("status"), Is.EqualTo("submitted"));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt - 10m));
    }

    [Test]
    public async Task A_closed_dispute_cannot_be_reviewed_resolved_or_rejected_again()
    {
        var order = await PaidOrderAsync(950m);
        var dispute = await Api.DisputeAsync(order.Id());
        await Control.ResolveAsync(dispute.Id(), new { resolution = "refund" });

        var resolve = await Control.ResolveAsync(dispute.Id(), new { resolution = "refund" }, 409);
        var reject = await Control.PostJsonAsync($"_sandbox/disputes/{dispute.Id()}/reject", null, 409);
        var review = await Control.PostJsonAsync($"_sandbox/disputes/{dispute.Id()}/review", null, 409);

        Assert.That(resolve.Str("message"), Is.EqualTo("Dispute is resolved, not open"));
        Assert.That(reject.Str("message"), Is.EqualTo("Dispute is resolved, not open"));
        Assert.That(review.Str("message"), Is.EqualTo("Dispute is resolved, not submitted"));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt));
    }

    [Test]
    public async Task A_dispute_in_review_cannot_be_reviewed_again_and_says_so_in_the_apis_words()
    {
        var order = await PaidOrderAsync(950m);
        var dispute = await Api.DisputeAsync(order.Id());
        await Control.PostJsonAsync($"_sandbox/disputes/{dispute.Id()}/review", null, 200);

        var again = await Control.PostJsonAsync($"_sandbox/disputes/{dispute.Id()}/review", null, 409);

        Assert.That(again.Str("error"), Is.EqualTo("Conflict"));
        Assert.That(again.Str("message"), Is.EqualTo("Dispute is in_review, not submitted"));
    }

    [Test]
    public async Task A_partial_refund_of_exactly_the_orders_amount_is_allowed()
    {
        var order = await PaidOrderAsync(950m); // 10.00 USDT
        var dispute = await Api.DisputeAsync(order.Id());

        var resolved = await Control.ResolveAsync(dispute.Id(), new { resolution = "partial_refund", refundAmount = 10.00m });

        Assert.That(resolved.Str("status"), Is.EqualTo("resolved"));
        Assert.That(resolved.Dec("refundAmount"), Is.EqualTo(10.00m));
        Assert.That(await Api.AvailableUsdtAsync(), Is.EqualTo(InitialUsdt));
        Assert.That(await Control.HeldUsdtAsync(Company.Id), Is.EqualTo(InitialUsdt));
    }

    [Test]
    public async Task Disputes_list_newest_first_with_paging_status_filter_and_true_totals()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var order = await Api.OrderAsync(100m + i, $"ext-{i}");
            await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3));
            ids.Add((await Api.DisputeAsync(order.Id(), $"reason {i}")).Id());
        }

        await Control.PostJsonAsync($"_sandbox/disputes/{ids[1]}/review", null, 200);

        var all = await Api.GetJsonAsync("disputes");
        var page = await Api.GetJsonAsync("disputes?limit=2&offset=1");
        var submitted = await Api.GetJsonAsync("disputes?status=submitted&limit=2");
        var inReview = await Api.GetJsonAsync("disputes?status=in_review");
        var control = await Control.GetJsonAsync($"_sandbox/disputes?companyId={Company.Id}&limit=3");

        Assert.That(all.Ids("disputes"), Is.EqualTo(new[] { ids[3], ids[2], ids[1], ids[0] }));
        Assert.That(all.Total(), Is.EqualTo(4));
        Assert.That(page.Ids("disputes"), Is.EqualTo(new[] { ids[2], ids[1] }));
        Assert.That(page.Total(), Is.EqualTo(4));
        Assert.That(submitted.Ids("disputes"), Is.EqualTo(new[] { ids[3], ids[2] }));
        Assert.That(submitted.Total(), Is.EqualTo(3));
        Assert.That(inReview.Ids("disputes"), Is.EqualTo(new[] { ids[1] }));
        Assert.That(control.Ids("disputes"), Is.EqualTo(new[] { ids[3], ids[2], ids[1] }));
        Assert.That(control.GetProperty("disputes").EnumerateArray().Select(d => d.GetProperty("companyId").GetGuid()), Has.All.EqualTo(Company.Id));
    }

    private async Task<JsonElement> PaidOrderAsync(decimal amountRub)
    {
        var order = await Api.OrderAsync(amountRub);
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3));
        var paid = await Api.GetJsonAsync($"orders/{order.Id()}");
        Assert.That(paid.Str("status"), Is.EqualTo("success"));
        return paid;
    }
}
