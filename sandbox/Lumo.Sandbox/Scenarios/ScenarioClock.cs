using Lumo.Sandbox.Engine.Clock;

namespace Lumo.Sandbox.Scenarios;

/// <summary>How sandbox time runs. The server's --clock flag wins over <see cref="Mode"/>.</summary>
internal sealed record ScenarioClock
{
    public ClockMode Mode { get; init; } = ClockMode.Real;

    /// <summary>The virtual clock's initial time; null: the wall clock at start-up.</summary>
    public DateTimeOffset? Start { get; init; }
}
