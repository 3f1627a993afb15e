using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Testing;

/// <summary>How sandbox time runs.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SandboxClockMode>))]
public enum SandboxClockMode
{
    /// <summary><c>real</c>: moves with the wall clock, plus every advance; scheduled transitions fire on their own.</summary>
    [JsonStringEnumMemberName("real")]
    Real,

    /// <summary><c>virtual</c>: stands still until advanced, so timeouts become instant and exact.</summary>
    [JsonStringEnumMemberName("virtual")]
    Virtual,
}
