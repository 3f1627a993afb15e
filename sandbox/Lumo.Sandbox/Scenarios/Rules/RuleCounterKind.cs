namespace Lumo.Sandbox.Scenarios.Rules;

/// <summary>
/// A rule with both an order timeline and a fault is asked at different moments (accept vs. each call); counting
/// them apart keeps "the nth call" meaning the nth call of that kind.
/// </summary>
internal enum RuleCounterKind
{
    Order,
    Dispute,
    Fault,
}
