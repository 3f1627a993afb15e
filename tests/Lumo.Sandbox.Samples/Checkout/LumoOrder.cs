namespace Lumo.Sandbox.Samples.Checkout;

/// <summary>An order (<c>POST /orders/accept/{id}</c>, <c>GET /orders/{id}</c>).</summary>
public sealed record LumoOrder(
    Guid Id,
    decimal AmountUsdt,
    decimal AmountRub,
    string Status,
    DateTimeOffset PaymentUntil,
    string MerchantName,
    string ExternalOrderId,
    DateTimeOffset? CompletedAt,
    string? FailureReason,
    DateTimeOffset CreatedAt)
{
    /// <summary><c>success</c> and <c>failed</c> do not change any more (a dispute may follow, but that is another story).</summary>
    public bool IsFinal => Status is "success" or "failed" or "disputed";
}
