namespace Lumo.Sandbox.Engine.StateMachines;

/// <summary>A trigger that the entity's transition table does not allow from its current state.</summary>
internal sealed class IllegalTransitionException(string entity, string from, string trigger)
    : InvalidOperationException($"{entity} cannot {trigger} when {from}")
{
    public string Entity { get; } = entity;

    public string From { get; } = from;

    public string Trigger { get; } = trigger;
}
