namespace Lumo.Sandbox.Scenarios.Rules;

/// <summary>
/// What the engine knows about a call, order or dispute when asking the rules. A rule condition on a fact that is
/// null here does not match, so an amount rule never fires on calls without an amount.
/// </summary>
internal sealed record RuleFacts
{
    /// <summary>No facts: only rules without conditions (other than operation and nthCall) match.</summary>
    public static RuleFacts Empty { get; } = new();

    /// <summary>Informational; <see cref="ScenarioRules.FaultFor"/> takes the operation as an argument.</summary>
    public string? OperationId { get; init; }

    public decimal? AmountRub { get; init; }

    /// <summary>The 32-character NSPK id from the QR link.</summary>
    public string? QrId { get; init; }

    /// <summary>The whole QR link.</summary>
    public string? QrCode { get; init; }

    public string? ExternalOrderId { get; init; }

    public string? DisputeReason { get; init; }
}
