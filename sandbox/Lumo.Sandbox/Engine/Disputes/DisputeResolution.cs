using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Engine.Disputes;

/// <summary>How a resolved dispute ends.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DisputeResolution>))]
internal enum DisputeResolution
{
    /// <summary>Gives back what the order spent.</summary>
    [JsonStringEnumMemberName("refund")]
    Refund,

    /// <summary>Keeps the order's outcome.</summary>
    [JsonStringEnumMemberName("confirm")]
    Confirm,

    /// <summary>Gives back the decision's refund amount.</summary>
    [JsonStringEnumMemberName("partial_refund")]
    PartialRefund,
}
