namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>The fuzzed company's credentials and real resource ids, so defects are also tried next to ids that exist.</summary>
internal sealed record FuzzTargets(string ApiKey, Guid CompanyId, Guid QuoteId, Guid OrderId, Guid DisputeId, Guid UserWalletId)
{
    /// <summary>The key of the default scenario's inactive company (answers 403).</summary>
    public const string InactiveKey = "lb2b_ffffffffffffffffffffffffffffffff";

    /// <summary>The real id that fits a path template's {id}.</summary>
    public Guid IdFor(string pathTemplate) => pathTemplate switch
    {
        _ when pathTemplate.StartsWith("/orders/accept", StringComparison.Ordinal) => QuoteId,
        _ when pathTemplate.Contains("/orders/", StringComparison.Ordinal) => OrderId,
        _ when pathTemplate.Contains("/disputes/", StringComparison.Ordinal) => DisputeId,
        _ => UserWalletId,
    };
}
