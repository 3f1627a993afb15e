namespace Lumo.Sandbox.Samples.Checkout;

/// <summary>What <see cref="CheckoutService.PayAsync"/> did.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Quote">The quote that was (or would have been) accepted: the last one when an earlier one expired.</param>
/// <param name="Order">The order; null when nothing was accepted.</param>
/// <param name="AcceptAttempts">Accept calls made for <paramref name="Quote"/>: more than one means retries with the same Idempotency-Key.</param>
public sealed record PaymentResult(PaymentOutcome Outcome, LumoQuote Quote, LumoOrder? Order, int AcceptAttempts)
{
    internal static PaymentResult Of(LumoQuote quote, LumoOrder order, int acceptAttempts) => new(
        order.Status switch
        {
            "success" => PaymentOutcome.Paid,
            "failed" => PaymentOutcome.Failed,
            _ => PaymentOutcome.Pending,
        },
        quote,
        order,
        acceptAttempts);
}
