using Lumo.Sandbox.Engine.Disputes;
using Lumo.Sandbox.Engine.Orders;

namespace Lumo.Sandbox.Tests.Engine;

/// <summary>What resolving a dispute gives back: only what a successful order spent.</summary>
public sealed class DisputeRefundTests
{
    [TestCase("Complete", "Refund", null, 52.63)]
    [TestCase("Complete", "PartialRefund", 20.00, 20.00)]
    [TestCase("Complete", "Confirm", null, 0)]
    [TestCase("Fail", "Refund", null, 0)]
    [TestCase("Fail", "PartialRefund", 20.00, 0)]
    [TestCase("Timeout", "Refund", null, 0)]
    [TestCase("Fail", "Confirm", null, 0)]
    public void Refund_depends_on_how_the_order_ended(string outcomeName, string resolutionName, double? refundAmount, double expected)
    {
        // Names, not the internal enums: NUnit test methods are public.
        var outcome = Enum.Parse<OrderTrigger>(outcomeName);
        var resolution = Enum.Parse<DisputeResolution>(resolutionName);
        var now = DateTimeOffset.UnixEpoch;
        var order = new Order
        {
            Id = Guid.NewGuid(),
            CompanyId = Guid.NewGuid(),
            Sequence = 1,
            AmountRub = 5000m,
            AmountUsdt = 52.63m,
            MerchantName = "Merchant",
            ExternalOrderId = "ext",
            CreatedAt = now,
            PaymentUntil = now.AddMinutes(5),
        };
        order.Fire(OrderTrigger.Start, now);
        order.Fire(outcome, now, outcome == OrderTrigger.Complete ? null : "payment_rejected");
        order.Fire(OrderTrigger.Dispute, now);

        var refund = DisputeService.RefundFor(order, resolution, (decimal?)refundAmount);

        Assert.That(refund, Is.EqualTo((decimal)expected));
    }
}
