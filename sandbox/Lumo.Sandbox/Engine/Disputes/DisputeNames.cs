using Lumo.Sandbox.Scenarios;

namespace Lumo.Sandbox.Engine.Disputes;

/// <summary>Wire names (snake_case) of dispute statuses and resolutions.</summary>
internal static class DisputeNames
{
    public static string ToWire(this DisputeStatus status) => status switch
    {
        DisputeStatus.Submitted => "submitted",
        DisputeStatus.InReview => "in_review",
        DisputeStatus.Resolved => "resolved",
        DisputeStatus.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static DisputeStatus? StatusFromWire(string? value) => value switch
    {
        "submitted" => DisputeStatus.Submitted,
        "in_review" => DisputeStatus.InReview,
        "resolved" => DisputeStatus.Resolved,
        "rejected" => DisputeStatus.Rejected,
        _ => null,
    };

    public static string ToWire(this DisputeResolution resolution) => resolution switch
    {
        DisputeResolution.Refund => "refund",
        DisputeResolution.Confirm => "confirm",
        DisputeResolution.PartialRefund => "partial_refund",
        _ => throw new ArgumentOutOfRangeException(nameof(resolution)),
    };

    public static DisputeResolution? ResolutionFromWire(string? value) => value switch
    {
        "refund" => DisputeResolution.Refund,
        "confirm" => DisputeResolution.Confirm,
        "partial_refund" => DisputeResolution.PartialRefund,
        _ => null,
    };
}
