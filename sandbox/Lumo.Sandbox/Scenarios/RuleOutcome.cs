namespace Lumo.Sandbox.Scenarios;

/// <summary>What a matching rule does. Null parts leave that outcome to later rules or the defaults.</summary>
internal sealed record RuleOutcome
{
    /// <summary>Replaces the default order timeline; empty: never paid.</summary>
    public IReadOnlyList<OrderStep>? Order
    {
        get;
        init => field = value is null ? null : ValueList<OrderStep>.From(value);
    }

    /// <summary>Replaces the default dispute timeline.</summary>
    public IReadOnlyList<DisputeStep>? Dispute
    {
        get;
        init => field = value is null ? null : ValueList<DisputeStep>.From(value);
    }

    /// <summary>An HTTP-level fault for the rule's <see cref="RuleMatch.Operation"/>.</summary>
    public FaultSpec? Fault { get; init; }
}
