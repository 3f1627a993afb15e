namespace Lumo.Sandbox.Testing;

/// <summary>An order as the control API lists it: the API's Order plus the company it belongs to.</summary>
/// <param name="Id">Order id (the id of the quote it was accepted from).</param>
/// <param name="CompanyId">The owning company.</param>
/// <param name="AmountUsdt">USDT reserved, then spent on success.</param>
/// <param name="AmountRub">RUB paid to the merchant.</param>
/// <param name="Status"><c>created</c>, <c>in_progress</c>, <c>success</c>, <c>failed</c> or <c>disputed</c>.</param>
/// <param name="PaymentUntil">An order still unpaid then fails with <c>payment_timeout</c>.</param>
/// <param name="MerchantName">The merchant named by the QR code.</param>
/// <param name="ExternalOrderId">The company's own order id.</param>
/// <param name="CompletedAt">When it succeeded.</param>
/// <param name="FailureReason">Why it failed, e.g. <c>payment_rejected</c> or <c>payment_timeout</c>.</param>
/// <param name="CreatedAt">When it was accepted.</param>
public sealed record SandboxOrder(
    Guid Id,
    Guid CompanyId,
    decimal AmountUsdt,
    decimal AmountRub,
    string Status,
    DateTimeOffset PaymentUntil,
    string MerchantName,
    string ExternalOrderId,
    DateTimeOffset? CompletedAt,
    string? FailureReason,
    DateTimeOffset CreatedAt);
