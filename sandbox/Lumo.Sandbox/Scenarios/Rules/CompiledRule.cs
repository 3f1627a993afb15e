namespace Lumo.Sandbox.Scenarios.Rules;

/// <summary>A <see cref="ScenarioRule"/> with its globs compiled and its counting window worked out.</summary>
internal sealed class CompiledRule
{
    private readonly Glob? _qrCode;
    private readonly Glob? _externalOrderId;
    private readonly Glob? _reason;

    public CompiledRule(int index, ScenarioRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Index = index;
        Rule = rule;
        _qrCode = rule.When.QrCode is { } qrCode ? new Glob(qrCode) : null;
        _externalOrderId = rule.When.ExternalOrderId is { } externalOrderId ? new Glob(externalOrderId) : null;
        _reason = rule.When.Reason is { } reason ? new Glob(reason) : null;
    }

    /// <summary>The rule's position in the scenario, which keys its counters.</summary>
    public int Index { get; }

    public ScenarioRule Rule { get; }

    /// <summary>Every condition except operation (the caller picked the candidates) and nthCall (counted).</summary>
    public bool ConditionsHold(RuleFacts facts)
    {
        var when = Rule.When;
        return (when.AmountRub is null || (facts.AmountRub is decimal amount && when.AmountRub.Matches(amount)))
            && (when.QrId is null || string.Equals(when.QrId, facts.QrId, StringComparison.Ordinal))
            && (_qrCode is null || _qrCode.IsMatch(facts.QrCode))
            && (_externalOrderId is null || _externalOrderId.IsMatch(facts.ExternalOrderId))
            && (_reason is null || _reason.IsMatch(facts.DisputeReason));
    }

    /// <summary>Whether calls must be counted to decide; rules without nthCall or times skip the counter entirely.</summary>
    public bool IsCounted(RuleCounterKind kind) =>
        Rule.When.NthCall is not null || (kind == RuleCounterKind.Fault && Rule.Then.Fault?.Times is not null);

    /// <summary>
    /// Whether the <paramref name="call"/>th counted call is in the rule's window: from nthCall (default 1) on, for
    /// times calls (faults only; default unlimited, or 1 when nthCall is given).
    /// </summary>
    public bool AppliesToCall(int call, RuleCounterKind kind)
    {
        var first = Rule.When.NthCall ?? 1;
        long? length = kind == RuleCounterKind.Fault ? Rule.Then.Fault?.Times : null;
        length ??= Rule.When.NthCall is null ? null : 1;
        return call >= first && (length is null || call < first + length);
    }
}
