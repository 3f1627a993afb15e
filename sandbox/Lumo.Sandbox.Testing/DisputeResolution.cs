using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Testing;

/// <summary>How the platform resolves a dispute.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DisputeResolution>))]
public enum DisputeResolution
{
    /// <summary><c>refund</c>: gives back what the order spent (nothing for a failed order).</summary>
    [JsonStringEnumMemberName("refund")]
    Refund,

    /// <summary><c>confirm</c>: the outcome stands; nothing is given back.</summary>
    [JsonStringEnumMemberName("confirm")]
    Confirm,

    /// <summary><c>partial_refund</c>: gives back the refund amount.</summary>
    [JsonStringEnumMemberName("partial_refund")]
    PartialRefund,
}
