using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Scenarios;

/// <summary>One status change of an accepted order, <see cref="After"/> the accept.</summary>
internal sealed record OrderStep
{
    public const string DefaultFailureReason = "payment_rejected";

    [JsonPropertyName("afterSeconds")]
    public required TimeSpan After { get; init; }

    public required OrderStepStatus Status { get; init; }

    /// <summary>The order's failureReason; a failed step without one reads <see cref="DefaultFailureReason"/>.</summary>
    public string? FailureReason
    {
        // Computed on read, because the default depends on Status and init order is the caller's.
        get => field ?? (Status == OrderStepStatus.Failed ? DefaultFailureReason : null);
        init;
    }

    // Equality compares what readers see, so a failed step with the default reason equals one that spells it out.
    public bool Equals(OrderStep? other) =>
        other is not null && After == other.After && Status == other.Status && FailureReason == other.FailureReason;

    public override int GetHashCode() => HashCode.Combine(After, Status, FailureReason);
}
