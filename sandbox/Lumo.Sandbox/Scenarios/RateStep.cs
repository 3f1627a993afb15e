using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Scenarios;

/// <summary>The base rate becomes <see cref="UsdtRub"/> at <see cref="After"/> past the clock start.</summary>
internal sealed record RateStep
{
    [JsonPropertyName("afterSeconds")]
    public required TimeSpan After { get; init; }

    public required decimal UsdtRub { get; init; }
}
