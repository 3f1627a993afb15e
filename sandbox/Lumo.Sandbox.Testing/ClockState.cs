namespace Lumo.Sandbox.Testing;

/// <summary>The sandbox clock (<c>GET /_sandbox/clock</c>).</summary>
/// <param name="Now">Sandbox time.</param>
/// <param name="Mode"><c>real</c> (moves with the wall clock, plus every advance) or <c>virtual</c> (moves only when advanced).</param>
public sealed record ClockState(DateTimeOffset Now, string Mode);
