namespace Lumo.Sandbox.Scenarios;

/// <summary>
/// "When these facts hold, then this happens". For each kind of outcome (order, dispute, fault) the first rule
/// whose <see cref="When"/> matches and whose <see cref="Then"/> has that part wins.
/// </summary>
internal sealed record ScenarioRule
{
    public required string Name { get; init; }

    /// <summary>All given conditions must hold; the default matches everything.</summary>
    public RuleMatch When { get; init; } = new();

    public required RuleOutcome Then { get; init; }
}
