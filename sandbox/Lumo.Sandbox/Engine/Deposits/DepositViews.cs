using System.Text.Json.Serialization;
using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Engine.Deposits;

/// <summary>
/// A deposit to the company's address, as the API shows it. The company id is only written by the control API's
/// cross-tenant list (business responses leave it null, and so out).
/// </summary>
internal sealed record DepositView(
    Guid Id,
    string TxHash,
    string FromAddress,
    decimal AmountUsdt,
    string Status,
    int Confirmations,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ConfirmedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? CompanyId = null)
{
    public DepositView WithCompany(Guid companyId) => this with { CompanyId = companyId };

    public static DepositView Of(Deposit d) => new(d.Id, d.TxHash, d.FromAddress, d.AmountUsdt, d.Status.ToWire(), d.Confirmations, d.CreatedAt, d.ConfirmedAt);
}

/// <summary>One page of a company's deposits, with the true total for the filter.</summary>
internal sealed record DepositListView(IReadOnlyList<DepositView> Deposits, int Total);

/// <summary>A deposit to a user wallet, as the API shows it.</summary>
internal sealed record UserDepositView(
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
    DateTimeOffset? ConfirmedAt)
{
    public static UserDepositView Of(Deposit d) => new(
        d.Id,
        d.Wallet!.Id,
        d.Wallet.ExternalId,
        d.ToAddress,
        d.TxHash,
        d.FromAddress,
        d.AmountUsdt,
        d.Status.ToWire(),
        d.Confirmations,
        d.Credited,
        d.CreatedAt,
        d.ConfirmedAt);
}

/// <summary>One page of a user wallet's deposits, with the true total for the filter.</summary>
internal sealed record UserDepositListView(IReadOnlyList<UserDepositView> Deposits, int Total);
