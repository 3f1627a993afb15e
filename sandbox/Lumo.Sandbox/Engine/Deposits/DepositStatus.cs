using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Engine.Deposits;

/// <summary>The deposit statuses of the API.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DepositStatus>))]
internal enum DepositStatus
{
    [JsonStringEnumMemberName("pending")]
    Pending,

    [JsonStringEnumMemberName("confirmed")]
    Confirmed,

    [JsonStringEnumMemberName("failed")]
    Failed,
}
