namespace Lumo.Sandbox.Testing;

/// <summary>A per-user deposit wallet.</summary>
/// <param name="Id">User wallet id.</param>
/// <param name="CompanyId">The owning company.</param>
/// <param name="ExternalId">The user's id in the company's system.</param>
/// <param name="Address">Current TRON address.</param>
/// <param name="IsBlocked">Whether the platform blocked it.</param>
/// <param name="BlockReason">Why it is blocked.</param>
/// <param name="LastUsdtBalance">Last known USDT on the address.</param>
/// <param name="LastTrxBalance">Last known TRX on the address.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="PreviousAddresses">Addresses it had before each replacement.</param>
public sealed record SandboxUserWallet(
    Guid Id,
    Guid CompanyId,
    string ExternalId,
    string Address,
    bool IsBlocked,
    string? BlockReason,
    decimal LastUsdtBalance,
    decimal LastTrxBalance,
    DateTimeOffset CreatedAt,
    IReadOnlyList<PreviousAddress> PreviousAddresses);
