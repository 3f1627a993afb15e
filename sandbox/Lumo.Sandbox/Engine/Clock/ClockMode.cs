using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Engine.Clock;

/// <summary>How sandbox time runs.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClockMode>))]
internal enum ClockMode
{
    /// <summary>Sandbox time is the wall clock.</summary>
    [JsonStringEnumMemberName("real")]
    Real,

    /// <summary>Time stands still until advanced through the control API.</summary>
    [JsonStringEnumMemberName("virtual")]
    Virtual,
}
