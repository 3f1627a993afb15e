using System.Text.Json.Serialization;
using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Engine.Disputes;

/// <summary>
/// A dispute as the API shows it; taken under the company's lock. The company id is only written by the control
/// API's cross-tenant list (business responses leave it null, and so out).
/// </summary>
internal sealed record DisputeView(
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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? CompanyId = null)
{
    public DisputeView WithCompany(Guid companyId) => this with { CompanyId = companyId };

    public static DisputeView Of(Dispute d) => new(
        d.Id,
        d.OrderId,
        d.Status.ToWire(),
        d.Reason,
        d.Resolution?.ToWire(),
        d.RefundAmount,
        d.AdminComment,
        d.ResolvedBy,
        d.ResolvedAt,
        d.CreatedAt,
        d.UpdatedAt);
}

/// <summary>One page of a company's disputes, with the true total for the filter.</summary>
internal sealed record DisputeListView(IReadOnlyList<DisputeView> Disputes, int Total);
