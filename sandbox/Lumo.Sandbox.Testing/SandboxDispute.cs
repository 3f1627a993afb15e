namespace Lumo.Sandbox.Testing;

/// <summary>A dispute as the control API shows it.</summary>
/// <param name="Id">Dispute id.</param>
/// <param name="OrderId">The disputed order.</param>
/// <param name="Status"><c>submitted</c>, <c>in_review</c>, <c>resolved</c> or <c>rejected</c>.</param>
/// <param name="Reason">The company's reason.</param>
/// <param name="Resolution"><c>refund</c>, <c>confirm</c> or <c>partial_refund</c> once resolved.</param>
/// <param name="RefundAmount">USDT given back by a <c>partial_refund</c>.</param>
/// <param name="AdminComment">The platform's comment.</param>
/// <param name="ResolvedBy">Who decided.</param>
/// <param name="ResolvedAt">When it was resolved or rejected.</param>
/// <param name="CreatedAt">When it was opened.</param>
/// <param name="UpdatedAt">Its last change.</param>
/// <param name="CompanyId">The owning company (in lists; null in the answer to an action).</param>
public sealed record SandboxDispute(
    Guid Id,
    Guid OrderId,
    string Status,
    string Reason,
    string? Resolution,
    decimal? RefundAmount,
    string? AdminComment,
    string? ResolvedBy,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    Guid? CompanyId = null);
