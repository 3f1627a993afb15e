namespace Lumo.Sandbox.Testing;

/// <summary>The sandbox clock (<c>GET /_sandbox/clock</c>).</summary>
/// <param name="Now">Sandbox time.</param>
/// <param name="Mode">Real (moves with the wall clock, plus every advance) or virtual (moves only when advanced).</param>
public sealed record ClockState(DateTimeOffset Now, SandboxClockMode Mode);
