using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Scenarios;

/// <summary>The statuses an order timeline can move an accepted order to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrderStepStatus>))]
internal enum OrderStepStatus
{
    [JsonStringEnumMemberName("in_progress")]
    InProgress,

    [JsonStringEnumMemberName("success")]
    Success,

    [JsonStringEnumMemberName("failed")]
    Failed,
}
