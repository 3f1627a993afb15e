using Lumo.Sandbox.Engine.Clock;

namespace Lumo.Sandbox.Tests.Engine;

public sealed class SchedulerTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void The_sandbox_clock_is_not_a_TimeProvider_whose_timers_would_ignore_virtual_time()
    {
        // TimeProvider.CreateTimer (behind Task.Delay and PeriodicTimer) runs on the wall clock; waiting for sandbox
        // time goes through the Scheduler instead, so the clock must not offer the wall-clock kind.
        Assert.That(typeof(TimeProvider).IsAssignableFrom(typeof(SandboxClock)), Is.False);
    }

    [Test]
    public void Advance_fires_due_work_in_time_order_at_its_own_time()
    {
        var clock = new SandboxClock(TimeProvider.System, ClockMode.Virtual, Start);
        using var scheduler = new Scheduler(clock, TimeProvider.System, ex => throw ex);
        var seen = new List<(string, DateTimeOffset)>();
        scheduler.Schedule(Start.AddSeconds(5), () => seen.Add(("b", clock.GetUtcNow())));
        scheduler.Schedule(Start.AddSeconds(3), () => seen.Add(("a", clock.GetUtcNow())));
        scheduler.Schedule(Start.AddSeconds(5), () => seen.Add(("c", clock.GetUtcNow())));
        scheduler.Schedule(Start.AddSeconds(9), () => seen.Add(("late", clock.GetUtcNow())));

        var now = scheduler.Advance(TimeSpan.FromSeconds(5));

        Assert.That(seen, Is.EqualTo(new[] { ("a", Start.AddSeconds(3)), ("b", Start.AddSeconds(5)), ("c", Start.AddSeconds(5)) }));
        Assert.That(now, Is.EqualTo(Start.AddSeconds(5)));
        Assert.That(scheduler.Pending, Is.EqualTo(1));
    }

    [Test]
    public void Items_with_a_state_and_an_index_share_one_delegate_and_keep_the_scheduling_order_of_ties()
    {
        var clock = new SandboxClock(TimeProvider.System, ClockMode.Virtual, Start);
        using var scheduler = new Scheduler(clock, TimeProvider.System, ex => throw ex);
        var seen = new List<(string, int, DateTimeOffset)>();
        Action<object, int> run = (state, index) => seen.Add(((string)state, index, clock.GetUtcNow()));
        scheduler.Schedule(Start.AddSeconds(5), run, "x", 1);
        scheduler.Schedule(Start.AddSeconds(5), () => seen.Add(("action", 0, clock.GetUtcNow())));
        scheduler.Schedule(Start.AddSeconds(5), run, "y", -1);
        scheduler.Schedule(Start.AddSeconds(2), run, "x", 0);
        scheduler.Schedule(Start.AddSeconds(6), run, "z", 7);

        scheduler.Advance(TimeSpan.FromSeconds(5));

        Assert.That(seen, Is.EqualTo(new[]
        {
            ("x", 0, Start.AddSeconds(2)),
            ("x", 1, Start.AddSeconds(5)),
            ("action", 0, Start.AddSeconds(5)),
            ("y", -1, Start.AddSeconds(5)),
        }));
        Assert.That(scheduler.Pending, Is.EqualTo(1));
    }

    [Test]
    public void Work_scheduled_by_due_work_within_the_advance_also_fires()
    {
        var clock = new SandboxClock(TimeProvider.System, ClockMode.Virtual, Start);
        using var scheduler = new Scheduler(clock, TimeProvider.System, ex => throw ex);
        var fired = 0;
        scheduler.Schedule(Start.AddSeconds(1), () => scheduler.Schedule(clock.GetUtcNow().AddSeconds(1), () => fired++));

        scheduler.Advance(TimeSpan.FromSeconds(2));

        Assert.That(fired, Is.EqualTo(1));
    }

    [Test]
    public void A_failing_item_is_reported_and_does_not_stop_the_rest()
    {
        var clock = new SandboxClock(TimeProvider.System, ClockMode.Virtual, Start);
        var errors = new List<Exception>();
        using var scheduler = new Scheduler(clock, TimeProvider.System, errors.Add);
        var fired = false;
        scheduler.Schedule(Start.AddSeconds(1), () => throw new InvalidOperationException("boom"));
        scheduler.Schedule(Start.AddSeconds(2), () => fired = true);

        scheduler.Advance(TimeSpan.FromSeconds(2));

        Assert.That(fired, Is.True);
        Assert.That(errors.Select(e => e.Message), Is.EqualTo(new[] { "boom" }));
    }

    [Test]
    public void Virtual_time_stands_still_and_real_time_takes_an_offset()
    {
        var virtualClock = new SandboxClock(TimeProvider.System, ClockMode.Virtual, Start);
        Assert.That(virtualClock.GetUtcNow(), Is.EqualTo(Start));

        var realClock = new SandboxClock(TimeProvider.System, ClockMode.Real, null);
        using var scheduler = new Scheduler(realClock, TimeProvider.System, ex => throw ex);
        var before = DateTimeOffset.UtcNow;
        scheduler.Advance(TimeSpan.FromHours(1));
        Assert.That(realClock.GetUtcNow(), Is.GreaterThanOrEqualTo(before.AddHours(1)));
    }

    [Test]
    public void In_real_mode_due_work_fires_on_its_own_when_its_time_comes()
    {
        var system = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Start);
        var clock = new SandboxClock(system, ClockMode.Real, null);
        using var scheduler = new Scheduler(clock, system, ex => throw ex);
        var fired = false;
        scheduler.Schedule(Start.AddSeconds(3), () => fired = true);

        system.Advance(TimeSpan.FromSeconds(2.9));
        Assert.That(fired, Is.False);
        system.Advance(TimeSpan.FromSeconds(0.2));

        Assert.That(fired, Is.True);
    }
}
