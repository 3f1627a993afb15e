namespace Lumo.Sandbox.Engine.Clock;

/// <summary>
/// Due transitions in a priority queue keyed by sandbox time. Work runs outside the queue's lock, in due
/// order (ties in scheduling order). In real mode a timer polls for due work; in virtual mode only
/// <see cref="Advance"/> runs it, stepping the clock to each item's due time so every transition sees
/// exactly the time it was due at.
/// </summary>
internal sealed class Scheduler : IDisposable
{
    private static readonly TimeSpan RealModePollInterval = TimeSpan.FromMilliseconds(50);

    private readonly SandboxClock _clock;
    private static readonly Action<object, int> RunAction = static (work, _) => ((Action)work)();

    private readonly PriorityQueue<ScheduledWork, (DateTimeOffset Due, long Sequence)> _queue = new();
    private readonly Lock _queueLock = new();
    private readonly Lock _runLock = new();
    private readonly ITimer? _timer;
    private long _sequence;

    private readonly Action<Exception> _onError;

    public Scheduler(SandboxClock clock, TimeProvider system, Action<Exception> onError)
    {
        _clock = clock;
        _onError = onError;
        if (clock.Mode == ClockMode.Real)
        {
            _timer = system.CreateTimer(_ => RunDue(), null, RealModePollInterval, RealModePollInterval);
        }
    }

    public SandboxClock Clock => _clock;

    public int Pending
    {
        get
        {
            lock (_queueLock)
            {
                return _queue.Count;
            }
        }
    }

    public void Schedule(DateTimeOffset due, Action work) => Schedule(due, RunAction, work, 0);

    /// <summary>
    /// Schedules <c>run(state, index)</c>: one delegate shared by many items, each told apart by its state and index,
    /// so a caller with many items (every open order's steps) makes no closure per item.
    /// </summary>
    public void Schedule(DateTimeOffset due, Action<object, int> run, object state, int index)
    {
        lock (_queueLock)
        {
            _queue.Enqueue(new ScheduledWork(run, state, index), (due, _sequence++));
        }
    }

    /// <summary>Moves the clock forward by <paramref name="delta"/>, firing every due item in time order.</summary>
    public DateTimeOffset Advance(TimeSpan delta)
    {
        lock (_runLock)
        {
            var target = _clock.GetUtcNow() + delta;
            while (TryDequeueDue(target, out var due, out var work))
            {
                _clock.MoveTo(due);
                Run(work);
            }

            _clock.MoveTo(target);
            return _clock.GetUtcNow();
        }
    }

    /// <summary>
    /// Like <see cref="Advance"/>, but stops at each due time and awaits <paramref name="settle"/> (the webhook
    /// attempts those transitions started) before moving on, so work scheduled by asynchronous results (a
    /// retry 10 s after a failed attempt) still fires at its own time inside the window.
    /// </summary>
    public async Task<DateTimeOffset> AdvanceAsync(TimeSpan delta, Func<Task> settle)
    {
        var target = _clock.GetUtcNow() + delta;
        await settle();
        while (NextDue() is { } due && due <= target)
        {
            Advance(NonNegative(due - _clock.GetUtcNow()));
            await settle();
        }

        var now = Advance(NonNegative(target - _clock.GetUtcNow()));
        await settle(); // in real mode the timer may have started due work meanwhile
        return now;
    }

    private static TimeSpan NonNegative(TimeSpan span) => span > TimeSpan.Zero ? span : TimeSpan.Zero;

    /// <summary>Runs whatever is due now (real mode's timer calls this).</summary>
    public void RunDue()
    {
        if (!_runLock.TryEnter())
        {
            return; // an advance or an earlier tick is already running due work
        }

        try
        {
            var now = _clock.GetUtcNow();
            while (TryDequeueDue(now, out _, out var work))
            {
                Run(work);
            }
        }
        finally
        {
            _runLock.Exit();
        }
    }

    public void Dispose() => _timer?.Dispose();

    // One failing transition must not stop the ones queued behind it.
    private void Run(in ScheduledWork work)
    {
        try
        {
            work.Run(work.State, work.Index);
        }
#pragma warning disable CA1031 // the error is reported, and the queue must keep running
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _onError(ex);
        }
    }

    private DateTimeOffset? NextDue()
    {
        lock (_queueLock)
        {
            return _queue.TryPeek(out _, out var priority) ? priority.Due : null;
        }
    }

    private bool TryDequeueDue(DateTimeOffset until, out DateTimeOffset due, out ScheduledWork work)
    {
        lock (_queueLock)
        {
            if (_queue.TryPeek(out var next, out var priority) && priority.Due <= until)
            {
                _queue.Dequeue();
                due = priority.Due;
                work = next;
                return true;
            }
        }

        due = default;
        work = default;
        return false;
    }

    private readonly record struct ScheduledWork(Action<object, int> Run, object State, int Index);
}
