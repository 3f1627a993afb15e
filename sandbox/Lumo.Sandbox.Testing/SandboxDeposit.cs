namespace Lumo.Sandbox.Testing;

/// <summary>A company deposit (an incoming USDT transfer to the company's address).</summary>
/// <param name="Id">Deposit id.</param>
/// <param name="TxHash">TRON transaction hash (64 hex).</param>
/// <param name="FromAddress">The sender's TRON address.</param>
/// <param name="AmountUsdt">Amount credited once confirmed.</param>
/// <param name="Status"><c>pending</c>, <c>confirmed</c> or <c>failed</c>.</param>
/// <param name="Confirmations">Confirmations so far (one per 3 s of sandbox time by default; 19 confirm it).</param>
/// <param name="CreatedAt">When it appeared.</param>
/// <param name="ConfirmedAt">When it was confirmed.</param>
/// <param name="CompanyId">The receiving company (in lists; null in the answer to a simulation).</param>
public sealed record SandboxDeposit(
    Guid Id,
    string TxHash,
    string FromAddress,
    decimal AmountUsdt,
    string Status,
    int Confirmations,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ConfirmedAt,
    Guid? CompanyId = null);
