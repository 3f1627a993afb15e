using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Scenarios;

/// <summary>A company deposit that appears as pending <see cref="After"/> the clock start.</summary>
internal sealed record ScheduledDeposit
{
    /// <summary>The receiving company's email; resolve it with <see cref="Scenario.FindCompanyByEmail"/>.</summary>
    public required string Company { get; init; }

    public required decimal AmountUsdt { get; init; }

    [JsonPropertyName("afterSeconds")]
    public TimeSpan After { get; init; } = TimeSpan.Zero;

    /// <summary>True: the deposit ends failed and is not credited.</summary>
    public bool Fail { get; init; }
}
