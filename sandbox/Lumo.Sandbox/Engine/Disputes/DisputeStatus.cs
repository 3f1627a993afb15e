using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Engine.Disputes;

/// <summary>The dispute statuses of the API; submitted and in_review are open.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DisputeStatus>))]
internal enum DisputeStatus
{
    [JsonStringEnumMemberName("submitted")]
    Submitted,

    [JsonStringEnumMemberName("in_review")]
    InReview,

    [JsonStringEnumMemberName("resolved")]
    Resolved,

    [JsonStringEnumMemberName("rejected")]
    Rejected,
}
