using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Lumo.Sandbox.Scenarios.Rules;

/// <summary>
/// Counts, per rule and kind, the calls on which a rule's conditions held, for nthCall and times. The engine keeps
/// one per company, so parallel tenants never shift each other's counts; create new ones when the scenario is
/// replaced or reset (counts are keyed by rule position).
/// </summary>
internal sealed class RuleCallCounter
{
    private readonly ConcurrentDictionary<(int Rule, RuleCounterKind Kind), StrongBox<int>> _counts = new();

    /// <summary>Counts one more call and returns its 1-based number; atomic, so concurrent calls get distinct numbers.</summary>
    public int Next(int ruleIndex, RuleCounterKind kind)
    {
        var count = _counts.GetOrAdd((ruleIndex, kind), static _ => new StrongBox<int>());
        return Interlocked.Increment(ref count.Value);
    }

    /// <summary>How many calls have been counted so far.</summary>
    public int Current(int ruleIndex, RuleCounterKind kind) =>
        _counts.TryGetValue((ruleIndex, kind), out var count) ? Volatile.Read(ref count.Value) : 0;

    public void Reset() => _counts.Clear();
}
