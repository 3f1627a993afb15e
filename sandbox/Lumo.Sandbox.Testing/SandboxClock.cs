namespace Lumo.Sandbox.Testing;

/// <summary>The sandbox clock, through the control API.</summary>
public sealed class SandboxClock
{
    private readonly ControlApiClient _control;

    internal SandboxClock(ControlApiClient control) => _control = control;

    public Task<ClockState> GetAsync(CancellationToken cancellation = default) =>
        _control.GetAsync<ClockState>("_sandbox/clock", cancellation);

    /// <summary>Moves time forward, firing every transition that falls due on the way, in time order.</summary>
    public Task<ClockState> AdvanceAsync(TimeSpan by, CancellationToken cancellation = default) =>
        _control.PostAsync<ClockState>("_sandbox/clock/advance", new { seconds = by.TotalSeconds }, cancellation);
}
