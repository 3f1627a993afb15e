namespace Lumo.Sandbox.Testing;

/// <summary>
/// The sandbox clock. With a virtual clock (<see cref="LumoSandboxOptions.WithVirtualClock"/>) time stands still
/// until you advance it, so quote expiry (30 s), order outcomes (3 s) and payment timeouts (5 min) happen at
/// once and exactly, with no waiting in tests.
/// </summary>
public sealed class SandboxClock
{
    private readonly ControlApiClient _control;

    internal SandboxClock(ControlApiClient control) => _control = control;

    /// <summary>The current sandbox time and clock mode.</summary>
    /// <param name="cancellation">Cancels the call.</param>
    public Task<ClockState> GetAsync(CancellationToken cancellation = default) =>
        _control.GetAsync<ClockState>("_sandbox/clock", cancellation);

    /// <summary>Moves time forward, firing every transition that falls due on the way, in time order.</summary>
    /// <param name="by">How far; more than zero, at most a year.</param>
    /// <param name="cancellation">Cancels the call.</param>
    /// <returns>The clock after the move.</returns>
    public Task<ClockState> AdvanceAsync(TimeSpan by, CancellationToken cancellation = default) =>
        _control.PostAsync<ClockState>("_sandbox/clock/advance", new { seconds = by.TotalSeconds }, cancellation);
}
