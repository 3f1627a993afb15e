using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Engine.UserWallets;

/// <summary>
/// A company's user wallets with the indexes their lists need: by id, by externalId, and (through
/// <see cref="NewestFirstBook{T, TStatus}"/>) all or only the blocked ones, newest first, at any offset without a
/// scan. Not thread-safe: used under the company's lock.
/// </summary>
internal sealed class UserWalletBook
{
    private readonly NewestFirstBook<UserWallet, UserWalletState> _wallets = new();
    private readonly Dictionary<string, UserWallet> _byExternalId = new(StringComparer.Ordinal);

    public int Count => _wallets.Count;

    public int BlockedCount => _wallets.CountWith(UserWalletState.Blocked);

    public bool TryGet(Guid id, out UserWallet wallet) => _wallets.TryGet(id, out wallet);

    public UserWallet? FindByExternalId(string externalId) => _byExternalId.GetValueOrDefault(externalId);

    public void Add(UserWallet wallet)
    {
        _byExternalId.Add(wallet.ExternalId, wallet);
        _wallets.Add(wallet);
    }

    /// <summary>Applies a block, unblock or replacement and keeps the blocked index right.</summary>
    public void Change(UserWallet wallet, Action<UserWallet> change)
    {
        var previous = wallet.Status;
        change(wallet);
        _wallets.StatusChanged(wallet, previous);
    }

    /// <summary>All wallets, newest first.</summary>
    public UserWallet[] Page(int offset, int limit) => _wallets.Page(null, offset, limit);

    /// <summary>Blocked wallets, newest first.</summary>
    public UserWallet[] BlockedPage(int offset, int limit) => _wallets.Page(UserWalletState.Blocked, offset, limit);
}

/// <summary>Whether a user wallet takes deposits into the company balance; the blocked list is indexed by it.</summary>
internal enum UserWalletState
{
    Active,
    Blocked,
}
