namespace Lumo.Sandbox.Testing;

/// <summary>A deposit to a user wallet; once confirmed it is credited to the company's available balance.</summary>
/// <param name="Id">Deposit id.</param>
/// <param name="UserWalletId">The receiving user wallet.</param>
/// <param name="ExternalId">The user's id in the company's system.</param>
/// <param name="Address">The user wallet's address that received it.</param>
/// <param name="TxHash">TRON transaction hash (64 hex).</param>
/// <param name="FromAddress">The sender's TRON address.</param>
/// <param name="AmountUsdt">Amount.</param>
/// <param name="Status"><c>pending</c>, <c>confirmed</c> or <c>failed</c>.</param>
/// <param name="Confirmations">Confirmations so far.</param>
/// <param name="Credited">Whether it was credited to the company's balance.</param>
/// <param name="CreatedAt">When it appeared.</param>
/// <param name="ConfirmedAt">When it was confirmed.</param>
public sealed record SandboxUserDeposit(
    Guid Id,
    Guid UserWalletId,
    string ExternalId,
    string Address,
    string TxHash,
    string FromAddress,
    decimal AmountUsdt,
    string Status,
    int Confirmations,
    bool Credited,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ConfirmedAt);
