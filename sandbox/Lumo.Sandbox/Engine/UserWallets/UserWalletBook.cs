namespace Lumo.Sandbox.Engine.UserWallets;

/// <summary>
/// A company's user wallets with the indexes their lists need: by id, by externalId, all newest first, and the
/// blocked ones newest first. Not thread-safe: used under the company's lock.
/// </summary>
internal sealed class UserWalletBook
{
    private static readonly Comparer<UserWallet> NewestFirst = Comparer<UserWallet>.Create((a, b) => b.Sequence.CompareTo(a.Sequence));

    private readonly Dictionary<Guid, UserWallet> _byId = [];
    private readonly Dictionary<string, UserWallet> _byExternalId = new(StringComparer.Ordinal);
    private readonly List<UserWallet> _inCreationOrder = [];
    private readonly SortedSet<UserWallet> _blocked = new(NewestFirst);

    public int Count => _inCreationOrder.Count;

    public int BlockedCount => _blocked.Count;

    public bool TryGet(Guid id, out UserWallet wallet) => _byId.TryGetValue(id, out wallet!);

    public UserWallet? FindByExternalId(string externalId) => _byExternalId.GetValueOrDefault(externalId);

    public void Add(UserWallet wallet)
    {
        _byId.Add(wallet.Id, wallet);
        _byExternalId.Add(wallet.ExternalId, wallet);
        _inCreationOrder.Add(wallet);
        BlockedChanged(wallet);
    }

    /// <summary>Keeps the blocked index right after a block, unblock or replacement.</summary>
    public void BlockedChanged(UserWallet wallet)
    {
        if (wallet.IsBlocked)
        {
            _blocked.Add(wallet);
        }
        else
        {
            _blocked.Remove(wallet);
        }
    }

    /// <summary>All wallets, newest first.</summary>
    public List<UserWallet> Page(int offset, int limit)
    {
        var page = new List<UserWallet>(Math.Min(limit, 128));
        for (var i = _inCreationOrder.Count - 1 - offset; i >= 0 && page.Count < limit; i--)
        {
            page.Add(_inCreationOrder[i]);
        }

        return page;
    }

    /// <summary>Blocked wallets, newest first.</summary>
    public List<UserWallet> BlockedPage(int offset, int limit) => [.. _blocked.Skip(offset).Take(limit)];
}
