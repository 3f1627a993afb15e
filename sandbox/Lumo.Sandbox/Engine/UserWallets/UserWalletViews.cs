namespace Lumo.Sandbox.Engine.UserWallets;

/// <summary>A user wallet as the API shows it; taken under the company's lock.</summary>
internal sealed record UserWalletView(
    Guid Id,
    Guid CompanyId,
    string ExternalId,
    string Address,
    bool IsBlocked,
    string? BlockReason,
    decimal LastUsdtBalance,
    decimal LastTrxBalance,
    DateTimeOffset CreatedAt,
    IReadOnlyList<PreviousAddress> PreviousAddresses)
{
    public static UserWalletView Of(UserWallet w) => new(
        w.Id,
        w.CompanyId,
        w.ExternalId,
        w.Address,
        w.IsBlocked,
        w.BlockReason,
        w.LastUsdtBalance,
        w.LastTrxBalance,
        w.CreatedAt,
        [.. w.PreviousAddresses]);
}

/// <summary>One page of a company's user wallets, with the true total for the filter.</summary>
internal sealed record UserWalletListView(IReadOnlyList<UserWalletView> UserWallets, int Total);
