using Lumo.Sandbox.Engine.Disputes;

namespace Lumo.Sandbox.Http.Control;

/// <summary>A dispute with its company, for the control API's cross-tenant list.</summary>
internal sealed record SandboxDisputeView(
    Guid Id,
    Guid CompanyId,
    Guid OrderId,
    string Status,
    string Reason,
    string? Resolution,
    decimal? RefundAmount,
    string? AdminComment,
    string? ResolvedBy,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static SandboxDisputeView Of(OwnedDispute owned)
    {
        var d = owned.Dispute;
        return new(d.Id, owned.CompanyId, d.OrderId, d.Status, d.Reason, d.Resolution, d.RefundAmount, d.AdminComment, d.ResolvedBy, d.ResolvedAt, d.CreatedAt, d.UpdatedAt);
    }
}

/// <summary>GET /_sandbox/disputes.</summary>
internal sealed record SandboxDisputeList(IReadOnlyList<SandboxDisputeView> Disputes);
