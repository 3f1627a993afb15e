namespace Lumo.Sandbox.Engine.Clock;

/// <summary>
/// The one source of sandbox time. In <see cref="ClockMode.Real"/> it is the system time plus an offset that
/// advancing adds to; in <see cref="ClockMode.Virtual"/> it only moves when advanced.
/// </summary>
/// <remarks>
/// Deliberately not a <see cref="TimeProvider"/>: a TimeProvider's timers (Task.Delay, PeriodicTimer) would run on
/// the wall clock and silently ignore virtual time. Work that waits for sandbox time goes through the
/// <see cref="Scheduler"/>, which fires it when the clock reaches it.
/// </remarks>
internal sealed class SandboxClock
{
    private readonly TimeProvider _system;
    private readonly Lock _lock = new();
    private DateTimeOffset _virtualNow;
    private TimeSpan _offset;

    public SandboxClock(TimeProvider system, ClockMode mode, DateTimeOffset? virtualStart)
    {
        _system = system;
        Mode = mode;
        _virtualNow = Truncate(virtualStart ?? system.GetUtcNow());
    }

    public ClockMode Mode { get; }

    public DateTimeOffset GetUtcNow()
    {
        if (Mode == ClockMode.Virtual)
        {
            lock (_lock)
            {
                return _virtualNow;
            }
        }

        return _system.GetUtcNow() + _offset;
    }

    /// <summary>Moves time forward to <paramref name="target"/>; never backwards.</summary>
    public void MoveTo(DateTimeOffset target)
    {
        lock (_lock)
        {
            if (Mode == ClockMode.Virtual)
            {
                if (target > _virtualNow)
                {
                    _virtualNow = target;
                }
            }
            else
            {
                var now = _system.GetUtcNow() + _offset;
                if (target > now)
                {
                    _offset += target - now;
                }
            }
        }
    }

    // Whole milliseconds keep ISO-8601 output short and equality in tests exact.
    private static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
