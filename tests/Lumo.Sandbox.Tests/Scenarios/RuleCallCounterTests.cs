using System.Collections.Concurrent;
using Lumo.Sandbox.Scenarios.Rules;

namespace Lumo.Sandbox.Tests.Scenarios;

public sealed class RuleCallCounterTests
{
    [Test]
    public void Counts_per_rule_and_kind()
    {
        var counter = new RuleCallCounter();

        counter.Next(0, RuleCounterKind.Fault);
        counter.Next(0, RuleCounterKind.Fault);
        counter.Next(0, RuleCounterKind.Order);

        Assert.That(counter.Current(0, RuleCounterKind.Fault), Is.EqualTo(2));
        Assert.That(counter.Current(0, RuleCounterKind.Order), Is.EqualTo(1));
        Assert.That(counter.Current(1, RuleCounterKind.Fault), Is.Zero);
    }

    [Test]
    public void Concurrent_calls_get_distinct_numbers()
    {
        var counter = new RuleCallCounter();
        var numbers = new ConcurrentBag<int>();

        Parallel.For(0, 10_000, _ => numbers.Add(counter.Next(3, RuleCounterKind.Fault)));

        Assert.That(numbers, Is.Unique);
        Assert.That(numbers.Max(), Is.EqualTo(10_000));
        Assert.That(counter.Current(3, RuleCounterKind.Fault), Is.EqualTo(10_000));
    }

    [Test]
    public void Reset_starts_over()
    {
        var counter = new RuleCallCounter();
        counter.Next(0, RuleCounterKind.Dispute);

        counter.Reset();

        Assert.That(counter.Next(0, RuleCounterKind.Dispute), Is.EqualTo(1));
    }
}
