namespace Lumo.Sandbox.Engine.StateMachines;

/// <summary>
/// A state machine as data: (state, trigger) → next state. Anything not in the table is illegal, so an
/// illegal transition cannot happen by accident: callers get <see cref="IllegalTransitionException"/>,
/// which the HTTP surface answers with 409.
/// </summary>
internal sealed class TransitionTable<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Dictionary<(TState, TTrigger), TState> _transitions = [];

    public TransitionTable(string entity) => Entity = entity;

    public string Entity { get; }

    public IEnumerable<(TState From, TTrigger Trigger, TState To)> Transitions =>
        _transitions.Select(t => (t.Key.Item1, t.Key.Item2, t.Value));

    public TransitionTable<TState, TTrigger> Allow(TState from, TTrigger trigger, TState to)
    {
        _transitions.Add((from, trigger), to);
        return this;
    }

    public bool CanFire(TState from, TTrigger trigger) => _transitions.ContainsKey((from, trigger));

    public TState Fire(TState from, TTrigger trigger) =>
        _transitions.TryGetValue((from, trigger), out var to)
            ? to
            : throw new IllegalTransitionException(Entity, from.ToString(), trigger.ToString());
}
