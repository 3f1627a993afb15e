namespace Lumo.Sandbox.Scenarios.Rules;

/// <summary>
/// The rules of a scenario compiled for lookups. Pure: all per-company state lives in the
/// <see cref="RuleCallCounter"/> the caller passes, so one instance serves every company and thread.
/// </summary>
/// <remarks>
/// For each kind (order, dispute, fault) the first rule, in file order, whose conditions hold and whose counting
/// window includes this call wins. Every counted candidate whose conditions hold advances its counter, even after
/// an earlier rule has won, so a rule's "nth call" does not depend on the rules before it.
/// </remarks>
internal sealed class ScenarioRules
{
    private readonly CompiledRule[] _orderRules;
    private readonly CompiledRule[] _disputeRules;
    private readonly Dictionary<string, CompiledRule[]> _faultRulesByOperation;
    private readonly IReadOnlyList<OrderStep> _defaultOrder;
    private readonly IReadOnlyList<DisputeStep> _defaultDispute;

    public ScenarioRules(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var rules = scenario.Rules.Select((rule, index) => new CompiledRule(index, rule)).ToArray();
        _orderRules = [.. rules.Where(rule => rule.Rule.Then.Order is not null)];
        _disputeRules = [.. rules.Where(rule => rule.Rule.Then.Dispute is not null)];
        _faultRulesByOperation = rules
            .Where(rule => rule.Rule.Then.Fault is not null)
            .GroupBy(rule => rule.Rule.When.Operation
                ?? throw new ArgumentException($"Rule '{rule.Rule.Name}' has a fault but no when.operation.", nameof(scenario)))
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
        _defaultOrder = scenario.Defaults.Order;
        _defaultDispute = scenario.Defaults.Dispute;
    }

    /// <summary>Whether any fault rule names the operation; lets the engine skip gathering facts.</summary>
    public bool HasFaultsFor(string operationId) => _faultRulesByOperation.ContainsKey(operationId);

    /// <summary>The timeline for an order being accepted: the first matching rule's, else the default.</summary>
    public IReadOnlyList<OrderStep> OrderTimelineFor(RuleFacts facts, RuleCallCounter counter) =>
        FirstMatch(_orderRules, RuleCounterKind.Order, facts, counter)?.Rule.Then.Order ?? _defaultOrder;

    /// <summary>The timeline for a dispute being created (facts: the dispute's reason and its order's facts).</summary>
    public IReadOnlyList<DisputeStep> DisputeTimelineFor(RuleFacts facts, RuleCallCounter counter) =>
        FirstMatch(_disputeRules, RuleCounterKind.Dispute, facts, counter)?.Rule.Then.Dispute ?? _defaultDispute;

    /// <summary>The fault for this call of <paramref name="operationId"/>, or null to handle it normally.</summary>
    public FaultSpec? FaultFor(string operationId, RuleFacts facts, RuleCallCounter counter)
    {
        // The common case, an operation no fault names, is one dictionary probe and no allocation.
        if (!_faultRulesByOperation.TryGetValue(operationId, out var candidates))
        {
            return null;
        }

        return FirstMatch(candidates, RuleCounterKind.Fault, facts, counter)?.Rule.Then.Fault;
    }

    private static CompiledRule? FirstMatch(CompiledRule[] candidates, RuleCounterKind kind, RuleFacts facts, RuleCallCounter counter)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(counter);
        CompiledRule? winner = null;
        foreach (var rule in candidates)
        {
            if (!rule.ConditionsHold(facts))
            {
                continue;
            }

            if (rule.IsCounted(kind) && !rule.AppliesToCall(counter.Next(rule.Index, kind), kind))
            {
                continue;
            }

            // Keep looping after a winner only so that later counted rules still see this call.
            winner ??= rule;
        }

        return winner;
    }
}
