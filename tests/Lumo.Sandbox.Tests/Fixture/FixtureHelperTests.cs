using System.Net.Http.Json;
using System.Text.Json;
using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Fixture;

/// <summary>
/// The fixture's typed helpers for the platform's decisions: each sends the documented control request and
/// reads the documented answer. The journal shows what went over the wire.
/// </summary>
public sealed class FixtureHelperTests : SandboxTestBase
{
    [Test]
    public async Task A_dispute_is_taken_into_review_and_partially_refunded()
    {
        var dispute = await DisputedOrderAsync();

        var reviewed = await Sandbox.Disputes.ReviewAsync(dispute);
        var resolved = await Sandbox.Disputes.ResolveAsync(dispute, DisputeResolution.PartialRefund, 20m, "Partially paid; the difference is refunded.", "support");

        Assert.That(reviewed.Status, Is.EqualTo("in_review"));
        Assert.That(resolved.Id, Is.EqualTo(dispute));
        Assert.That(resolved.Status, Is.EqualTo("resolved"));
        Assert.That(resolved.Resolution, Is.EqualTo("partial_refund"));
        Assert.That(resolved.RefundAmount, Is.EqualTo(20m));
        Assert.That(resolved.AdminComment, Is.EqualTo("Partially paid; the difference is refunded."));
        Assert.That(resolved.ResolvedBy, Is.EqualTo("support"));
        Assert.That(resolved.ResolvedAt, Is.Not.Null);
    }

    [TestCase(DisputeResolution.Refund, "refund")]
    [TestCase(DisputeResolution.Confirm, "confirm")]
    [TestCase(DisputeResolution.PartialRefund, "partial_refund")]
    public async Task Resolutions_are_sent_by_their_wire_names(DisputeResolution resolution, string wireName)
    {
        var dispute = await DisputedOrderAsync();

        await Sandbox.Disputes.ResolveAsync(dispute, resolution, resolution == DisputeResolution.PartialRefund ? 1m : null);

        var sent = await Sandbox.Requests.FindAsync("POST", $"/_sandbox/disputes/{dispute}/resolve", limit: 1);
        var body = JsonDocument.Parse(sent.Single().Body!).RootElement;
        Assert.That(body.GetProperty("resolution").GetString(), Is.EqualTo(wireName));
        Assert.That(body.TryGetProperty("refundAmount", out _), Is.EqualTo(resolution == DisputeResolution.PartialRefund));
    }

    [Test]
    public async Task A_dispute_is_rejected_and_listed()
    {
        var dispute = await DisputedOrderAsync();

        var rejected = await Sandbox.Disputes.RejectAsync(dispute, "The payment was made in full.", "support");
        var listed = await Sandbox.Disputes.ListAsync(companyId: Company.Id);

        Assert.That(rejected.Status, Is.EqualTo("rejected"));
        Assert.That(rejected.Resolution, Is.Null);
        Assert.That(rejected.AdminComment, Is.EqualTo("The payment was made in full."));
        Assert.That(listed, Has.Some.Matches<SandboxDispute>(d => d.Id == dispute && d.CompanyId != null));
    }

    [Test]
    public async Task A_company_deposit_is_simulated_and_listed()
    {
        var deposit = await Sandbox.Deposits.SimulateAsync(Company.Id, 1000m, confirmations: 0);
        var listed = await Sandbox.Deposits.ListAsync(companyId: Company.Id);

        Assert.That(deposit.Status, Is.EqualTo("pending"));
        Assert.That(deposit.AmountUsdt, Is.EqualTo(1000m));
        Assert.That(deposit.Confirmations, Is.Zero);
        Assert.That(deposit.TxHash, Does.Match("^[0-9a-f]{64}$"));
        Assert.That(listed, Has.Some.Matches<SandboxDeposit>(d => d.Id == deposit.Id));
        var sent = await Sandbox.Requests.FindAsync("POST", "/_sandbox/deposits", limit: 1);
        Assert.That(sent.Single().Body, Does.Contain(Company.Id.ToString()));
    }

    [Test]
    public async Task A_user_deposit_with_enough_confirmations_is_confirmed_and_credited()
    {
        var wallet = await UserWalletAsync("user-1");

        var deposit = await Sandbox.Deposits.SimulateUserDepositAsync(wallet, 25m, confirmations: 19);

        Assert.That(deposit.UserWalletId, Is.EqualTo(wallet));
        Assert.That(deposit.AmountUsdt, Is.EqualTo(25m));
        Assert.That(deposit.Status, Is.EqualTo("confirmed"));
        Assert.That(deposit.Credited, Is.True);
    }

    [Test]
    public async Task A_user_wallet_is_blocked_with_a_reason_and_unblocked()
    {
        var wallet = await UserWalletAsync("user-1");

        var blocked = await Sandbox.UserWallets.BlockAsync(wallet, "Funds from a sanctioned address");
        var unblocked = await Sandbox.UserWallets.UnblockAsync(wallet);

        Assert.That(blocked.IsBlocked, Is.True);
        Assert.That(blocked.BlockReason, Is.EqualTo("Funds from a sanctioned address"));
        Assert.That(unblocked.Id, Is.EqualTo(wallet));
        Assert.That(unblocked.IsBlocked, Is.False);
        Assert.That(unblocked.BlockReason, Is.Null);
    }

    [Test]
    public async Task Orders_of_a_company_are_listed_newest_first()
    {
        var first = await Api.OrderAsync(100m, "first");
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(1));
        var second = await Api.OrderAsync(200m, "second");

        var orders = await Sandbox.Orders.ListAsync(companyId: Company.Id, status: "in_progress");

        Assert.That(orders.Select(o => o.Id), Is.EqualTo(new[] { second.Id(), first.Id() }));
        Assert.That(orders.Select(o => o.CompanyId), Is.All.EqualTo(Company.Id));
    }

    // A paid order of 5000.00 RUB (52.63 USDT) with an open dispute; answers the dispute id.
    private async Task<Guid> DisputedOrderAsync()
    {
        var order = await Api.OrderAsync(5000m, "disputed");
        await Sandbox.Orders.CompleteAsync(order.Id());
        using var response = await Api.PostAsJsonAsync($"orders/{order.Id()}/disputes", new { reason = "The merchant reports that the payment was not received." });
        return (await response.JsonAsync(201)).Id();
    }

    private async Task<Guid> UserWalletAsync(string externalId)
    {
        using var response = await Api.PostAsJsonAsync("user-wallets", new { externalId });
        return (await response.JsonAsync(201)).Id();
    }
}
