using System.Text;
using Lumo.Sandbox.Http.Journal;
using Microsoft.Extensions.Time.Testing;

namespace Lumo.Sandbox.Tests.Http;

/// <summary>
/// The request log's writer: every line written while the console keeps up; when it cannot, lines are dropped,
/// counted and reported, and the request side never waits. The console here is a writer the test holds shut.
/// </summary>
public sealed class RequestLogWriterTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 30, 15, 250, TimeSpan.Zero);

    [Test]
    public async Task At_a_low_rate_every_line_is_written_in_the_console_loggers_format()
    {
        var console = new GatedConsole(open: true);
        var clock = new FakeTimeProvider(Start);
        var writer = new RequestLogWriter(console, capacity: 4, clock: clock);

        for (var i = 0; i < 50; i++)
        {
            Assert.That(writer.TryWrite("GET", $"/orders/{i}", "getOrder", 200, 0.1236), Is.True);
            await console.WaitForLinesAsync(i + 1); // one at a time: the queue of 4 never fills
        }

        await writer.DisposeAsync();
        var lines = console.Lines;
        Assert.That(lines, Has.Count.EqualTo(50));
        Assert.That(lines[0], Is.EqualTo("2026-03-01T09:30:15.250Z info: Lumo.Sandbox.Requests[1330097018] GET /orders/0 getOrder -> 200 in 0.124 ms"));
        Assert.That(lines[49], Does.EndWith("GET /orders/49 getOrder -> 200 in 0.124 ms"));
        Assert.That(string.Join('\n', lines), Does.Not.Contain("dropped"));
    }

    [Test]
    public async Task Each_line_carries_its_own_millisecond_across_a_second_boundary()
    {
        // The writer formats the date and second once per second: a line 1 ms before the boundary, one at it and one
        // after must still read their own times, and an elapsed time keeps three decimals.
        var console = new GatedConsole(open: true);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 30, 15, 999, TimeSpan.Zero));
        var writer = new RequestLogWriter(console, capacity: 8, clock: clock);

        writer.TryWrite("GET", "/a", "getOrder", 200, 0);
        await console.WaitForLinesAsync(1);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        writer.TryWrite("GET", "/b", "getOrder", 200, 12.3456);
        await console.WaitForLinesAsync(2);
        clock.Advance(TimeSpan.FromMilliseconds(9));
        writer.TryWrite("GET", "/c", "getOrder", 404, 1234.5);
        await writer.DisposeAsync();

        Assert.That(console.Lines.Select(line => line[..25]), Is.EqualTo(new[] { "2026-03-01T09:30:15.999Z ", "2026-03-01T09:30:16.000Z ", "2026-03-01T09:30:16.009Z " }));
        Assert.That(console.Lines.Select(line => line[(line.IndexOf(" in ", StringComparison.Ordinal) + 4)..]), Is.EqualTo(new[] { "0.000 ms", "12.346 ms", "1234.500 ms" }));
    }

    [Test]
    public async Task When_the_console_is_stuck_lines_beyond_the_queue_are_dropped_counted_and_reported_without_blocking()
    {
        var console = new GatedConsole(open: false);
        var writer = new RequestLogWriter(console, capacity: 8, clock: new FakeTimeProvider(Start));

        Assert.That(writer.TryWrite("GET", "/first", "-", 200, 1), Is.True);
        await console.WriteStarted.Task; // the writer holds line 1 and waits on the console
        var accepted = 0;
        var refused = 0;
        for (var i = 0; i < 20; i++)
        {
            // Each call returns while the console is still shut: had it waited, the test would never get here.
            if (writer.TryWrite("POST", $"/orders/prepare/{i}", "prepareOrder", 201, 2))
            {
                accepted++;
            }
            else
            {
                refused++;
            }
        }

        Assert.That((accepted, refused), Is.EqualTo((8, 12)), "8 queued behind the stuck line, the 12 beyond refused");
        console.Open();
        await writer.DisposeAsync();

        var lines = console.Lines;
        Assert.That(lines.Count(l => l.Contains("-> 20", StringComparison.Ordinal)), Is.EqualTo(9), "the stuck line and the 8 queued, all written");
        Assert.That(lines.Where(l => l.Contains("prepare/", StringComparison.Ordinal)).Select(l => l.Split(' ')[4]),
            Is.EqualTo(Enumerable.Range(0, 8).Select(i => $"/orders/prepare/{i}")), "the first 8 kept, in order");
        Assert.That(lines[^1], Is.EqualTo("2026-03-01T09:30:15.250Z warn: Lumo.Sandbox.Requests[1330097018] request log: 12 lines dropped (the console could not keep up)"));
    }

    [Test]
    public async Task A_drop_is_reported_once_and_the_count_starts_again()
    {
        var console = new GatedConsole(open: false);
        var writer = new RequestLogWriter(console, capacity: 1, clock: new FakeTimeProvider(Start));
        writer.TryWrite("GET", "/a", "-", 200, 1);
        await console.WriteStarted.Task;
        writer.TryWrite("GET", "/b", "-", 200, 1); // queued
        writer.TryWrite("GET", "/c", "-", 200, 1); // dropped
        console.Open();
        await console.WaitForLinesAsync(3); // /a; then /b and the report of 1 dropped
        writer.TryWrite("GET", "/d", "-", 200, 1);
        await writer.DisposeAsync();

        Assert.That(console.Lines.Where(l => l.Contains("dropped", StringComparison.Ordinal)).Select(l => l[(l.IndexOf("request log", StringComparison.Ordinal))..]),
            Is.EqualTo(new[] { "request log: 1 lines dropped (the console could not keep up)" }));
        Assert.That(console.Lines[^1], Does.Contain("GET /d"));
    }

    [Test]
    [CancelAfter(30_000)] // only turns a writer that never pauses, or never wakes, into a failure
    public async Task After_a_write_lines_gather_for_the_batch_window_and_go_out_in_one_write(CancellationToken cancellation)
    {
        var console = new GatedConsole(open: true);
        var clock = new TimerWatchingClock(Start);
        var window = TimeSpan.FromMilliseconds(50);
        var writer = new RequestLogWriter(console, capacity: 8, clock: clock, batchWindow: window);

        var firstPause = clock.NextTimer;
        writer.TryWrite("GET", "/a", "getOrder", 200, 1);
        await console.WaitForLinesAsync(1).WaitAsync(cancellation); // the first line after a quiet spell goes out at once
        Assert.That(await firstPause.WaitAsync(cancellation), Is.EqualTo(window), "then the writer pauses for the window");
        writer.TryWrite("GET", "/b", "getOrder", 200, 1);
        writer.TryWrite("GET", "/c", "getOrder", 200, 1);
        clock.Advance(window - TimeSpan.FromMilliseconds(1));
        Assert.That(console.Batches, Is.EqualTo(new[] { 1 }), "1 ms before the window ends nothing more is written");

        var secondPause = clock.NextTimer;
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await console.WaitForLinesAsync(3).WaitAsync(cancellation);
        Assert.That(console.Batches, Is.EqualTo(new[] { 1, 2 }), "at the window's end both waiting lines go out in one write");
        await secondPause.WaitAsync(cancellation);
        clock.Advance(window); // lets the writer out of its next pause, so that it can finish
        await writer.DisposeAsync();
    }

    /// <summary>A console whose writes wait until the test opens it, and which signals what it has been given.</summary>
    private sealed class GatedConsole(bool open) : TextWriter
    {
        private readonly TaskCompletionSource _open = NewSignal(open);
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _batch = new();
        private readonly List<int> _batches = [];
        private readonly Lock _lock = new();
        private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

        public TaskCompletionSource WriteStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override Encoding Encoding => Encoding.UTF8;

        /// <summary>How many lines each write (each flush) carried, in order.</summary>
        public List<int> Batches
        {
            get
            {
                lock (_lock)
                {
                    return [.. _batches];
                }
            }
        }

        public List<string> Lines
        {
            get
            {
                lock (_lock)
                {
                    return [.. _text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)];
                }
            }
        }

        public void Open() => _open.TrySetResult();

        public override async Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
        {
            var value = buffer.ToString();
            WriteStarted.TrySetResult();
            await _open.Task.ConfigureAwait(false);
            lock (_lock)
            {
                _text.Append(value);
                _batch.Append(value);
            }
        }

        // The writer flushes once per batch: the batch's lines are counted and become visible to waiters here.
        public override Task FlushAsync()
        {
            lock (_lock)
            {
                var lines = _batch.ToString().Count(c => c == '\n');
                if (lines > 0)
                {
                    _batches.Add(lines);
                }

                _batch.Clear();
                var count = _text.ToString().Count(c => c == '\n');
                foreach (var waiter in _waiters.Where(w => w.Count <= count).ToList())
                {
                    waiter.Signal.TrySetResult();
                    _waiters.Remove(waiter);
                }
            }

            return Task.CompletedTask;
        }

        public override Task WriteAsync(string? value) => throw new NotSupportedException("the writer writes the batch's own chunks");

        public override void Write(char value) => throw new NotSupportedException("the writer writes whole batches");

        public Task WaitForLinesAsync(int count)
        {
            lock (_lock)
            {
                if (_text.ToString().Count(c => c == '\n') >= count)
                {
                    return Task.CompletedTask;
                }

                var signal = NewSignal(false);
                _waiters.Add((count, signal));
                return signal.Task;
            }
        }

        private static TaskCompletionSource NewSignal(bool set)
        {
            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (set)
            {
                signal.SetResult();
            }

            return signal;
        }
    }

    /// <summary>A fake clock that tells the test the due time of the next timer someone creates on it.</summary>
    private sealed class TimerWatchingClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private TaskCompletionSource<TimeSpan> _nextTimer = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<TimeSpan> NextTimer => Volatile.Read(ref _nextTimer).Task;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            Interlocked.Exchange(ref _nextTimer, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(dueTime);
            return timer;
        }
    }
}
