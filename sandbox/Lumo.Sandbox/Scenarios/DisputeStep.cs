using System.Text.Json.Serialization;
using Lumo.Sandbox.Engine.Disputes;

namespace Lumo.Sandbox.Scenarios;

/// <summary>One status change of a dispute, <see cref="After"/> it was created.</summary>
internal sealed record DisputeStep
{
    [JsonPropertyName("afterSeconds")]
    public required TimeSpan After { get; init; }

    public required DisputeStepStatus Status { get; init; }

    /// <summary>Set exactly when <see cref="Status"/> is resolved (the loader checks it).</summary>
    public DisputeResolution? Resolution { get; init; }

    /// <summary>USDT given back; set exactly when <see cref="Resolution"/> is partial_refund.</summary>
    public decimal? RefundAmount { get; init; }

    public string? AdminComment { get; init; }

    public string? ResolvedBy { get; init; }
}
