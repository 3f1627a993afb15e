namespace Lumo.Sandbox.Engine.StateMachines;

/// <summary>
/// A trigger that the entity's transition table does not allow from its current state: a programming error, since
/// services check <see cref="TransitionTable{TState, TTrigger}.CanFire"/> and answer a worded conflict first.
/// </summary>
internal sealed class IllegalTransitionException(string entity, string from, string trigger)
    : InvalidOperationException($"{entity} cannot {trigger} when {from}");
