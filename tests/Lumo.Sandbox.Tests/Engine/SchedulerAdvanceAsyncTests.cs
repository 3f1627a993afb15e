using Lumo.Sandbox.Engine.Clock;

namespace Lumo.Sandbox.Tests.Engine;

/// <summary>Advancing with a settle step: work scheduled by asynchronous results still fires at its own time.</summary>
public sealed class SchedulerAdvanceAsyncTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Work_scheduled_when_settling_fires_inside_the_window_at_its_own_time()
    {
        var clock = new SandboxClock(TimeProvider.System, ClockMode.Virtual, Start);
        using var scheduler = new Scheduler(clock, TimeProvider.System, ex => throw ex);
        var pending = new List<Action>();
        var seen = new List<DateTimeOffset>();
        // Like a webhook attempt: due work only starts something; its result (settled later) schedules more.
        void Attempt() => pending.Add(() =>
        {
            seen.Add(clock.GetUtcNow());
            if (seen.Count < 3)
            {
                scheduler.Schedule(clock.GetUtcNow().AddSeconds(10), Attempt);
            }
        });
        scheduler.Schedule(Start.AddSeconds(1), Attempt);

        var now = await scheduler.AdvanceAsync(TimeSpan.FromMinutes(1), () =>
        {
            var settled = pending.ToList();
            pending.Clear();
            settled.ForEach(result => result());
            return Task.CompletedTask;
        });

        Assert.That(seen, Is.EqualTo(new[] { Start.AddSeconds(1), Start.AddSeconds(11), Start.AddSeconds(21) }));
        Assert.That(now, Is.EqualTo(Start.AddMinutes(1)));
    }

    [Test]
    public async Task With_nothing_to_settle_it_is_a_plain_advance()
    {
        var clock = new SandboxClock(TimeProvider.System, ClockMode.Virtual, Start);
        using var scheduler = new Scheduler(clock, TimeProvider.System, ex => throw ex);
        var seen = new List<DateTimeOffset>();
        scheduler.Schedule(Start.AddSeconds(3), () => seen.Add(clock.GetUtcNow()));
        scheduler.Schedule(Start.AddSeconds(9), () => seen.Add(clock.GetUtcNow()));

        var now = await scheduler.AdvanceAsync(TimeSpan.FromSeconds(5), () => Task.CompletedTask);

        Assert.That(seen, Is.EqualTo(new[] { Start.AddSeconds(3) }));
        Assert.That(now, Is.EqualTo(Start.AddSeconds(5)));
        Assert.That(scheduler.Pending, Is.EqualTo(1));
    }
}
