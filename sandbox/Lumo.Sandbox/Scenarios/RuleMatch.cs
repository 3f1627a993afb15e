namespace Lumo.Sandbox.Scenarios;

/// <summary>The conditions of a rule (AND). Null conditions are not checked.</summary>
internal sealed record RuleMatch
{
    /// <summary>The operationId a fault applies to; order and dispute outcomes ignore it.</summary>
    public string? Operation { get; init; }

    public AmountMatch? AmountRub { get; init; }

    /// <summary>The exact 32-character NSPK id.</summary>
    public string? QrId { get; init; }

    /// <summary>Glob over the whole QR link.</summary>
    public string? QrCode { get; init; }

    /// <summary>Glob over the order's externalOrderId.</summary>
    public string? ExternalOrderId { get; init; }

    /// <summary>Glob over a dispute's reason.</summary>
    public string? Reason { get; init; }

    /// <summary>Only the nth call on which the other conditions hold (per company, per rule), 1-based.</summary>
    public int? NthCall { get; init; }
}
