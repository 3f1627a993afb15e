using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Scenarios;

/// <summary>The statuses a dispute timeline can move a dispute to (it starts as submitted).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DisputeStepStatus>))]
internal enum DisputeStepStatus
{
    [JsonStringEnumMemberName("in_review")]
    InReview,

    [JsonStringEnumMemberName("resolved")]
    Resolved,

    [JsonStringEnumMemberName("rejected")]
    Rejected,
}
