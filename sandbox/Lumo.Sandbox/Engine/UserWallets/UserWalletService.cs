using Lumo.Sandbox.Engine.Companies;
using Lumo.Sandbox.Scenarios;

namespace Lumo.Sandbox.Engine.UserWallets;

/// <summary>
/// User wallets: create-or-return by externalId, lists, replacement, and the platform's block and unblock (control
/// API and scenario). Every change happens under the owning company's lock.
/// </summary>
internal sealed class UserWalletService(SandboxEngine engine)
{
    public const string DefaultBlockReason = "Blocked by sandbox";

    /// <summary>The company's wallet for <paramref name="externalId"/>, made on first use; the same one ever after.</summary>
    public UserWalletView CreateOrGet(CompanyState company, string externalId)
    {
        lock (company.Lock)
        {
            var wallet = company.UserWallets.FindByExternalId(externalId) ?? AddNeedsLock(company, externalId);
            return UserWalletView.Of(wallet);
        }
    }

    /// <summary>A wallet the scenario lists for the company, blocked if it says so.</summary>
    public void AddFromScenario(CompanyState company, ScenarioUserWallet spec)
    {
        lock (company.Lock)
        {
            var wallet = company.UserWallets.FindByExternalId(spec.ExternalId) ?? AddNeedsLock(company, spec.ExternalId);
            if (spec.IsBlocked)
            {
                company.UserWallets.Change(wallet, w => w.Block(spec.BlockReason));
            }
        }
    }

    public UserWalletView Get(CompanyState company, Guid id)
    {
        lock (company.Lock)
        {
            return UserWalletView.Of(FindNeedsLock(company, id));
        }
    }

    /// <summary>Newest first; with an externalId, the one wallet that has it (if any).</summary>
    public UserWalletListView List(CompanyState company, string? externalId, int offset, int limit)
    {
        lock (company.Lock)
        {
            if (externalId is not null)
            {
                var match = company.UserWallets.FindByExternalId(externalId);
                UserWalletView[] page = match is not null && offset == 0 ? [UserWalletView.Of(match)] : [];
                return new UserWalletListView(page, match is null ? 0 : 1);
            }

            return new UserWalletListView([.. company.UserWallets.Page(offset, limit).Select(UserWalletView.Of)], company.UserWallets.Count);
        }
    }

    public UserWalletListView ListBlocked(CompanyState company, int offset, int limit)
    {
        lock (company.Lock)
        {
            return new UserWalletListView([.. company.UserWallets.BlockedPage(offset, limit).Select(UserWalletView.Of)], company.UserWallets.BlockedCount);
        }
    }

    /// <summary>Same id and externalId, a new address, unblocked; the old address goes to previousAddresses.</summary>
    public UserWalletView Replace(CompanyState company, Guid id)
    {
        lock (company.Lock)
        {
            var wallet = FindNeedsLock(company, id);
            var address = company.Random.NextTronAddress();
            company.UserWallets.Change(wallet, w => w.Replace(address, engine.Now));
            return UserWalletView.Of(wallet);
        }
    }

    /// <summary>The control API's block (again: a new reason).</summary>
    public UserWalletView Block(Guid walletId, string? reason) => Change(walletId, wallet => wallet.Block(reason ?? DefaultBlockReason));

    /// <summary>The control API's unblock; a wallet that is not blocked stays as it is.</summary>
    public UserWalletView Unblock(Guid walletId) => Change(walletId, wallet => wallet.Unblock());

    /// <summary>The company that owns a wallet (control API ids are global).</summary>
    public CompanyState OwnerOf(Guid walletId) =>
        engine.UserWalletOwners.TryGet(walletId, out var company) ? company : throw NotFound();

    public static UserWallet FindNeedsLock(CompanyState company, Guid id) =>
        company.UserWallets.TryGet(id, out var wallet) ? wallet : throw NotFound();

    private UserWalletView Change(Guid walletId, Action<UserWallet> change)
    {
        var company = OwnerOf(walletId);
        lock (company.Lock)
        {
            var wallet = FindNeedsLock(company, walletId);
            company.UserWallets.Change(wallet, change);
            return UserWalletView.Of(wallet);
        }
    }

    private UserWallet AddNeedsLock(CompanyState company, string externalId)
    {
        var wallet = new UserWallet
        {
            Id = company.Random.NextGuid(),
            CompanyId = company.Id,
            Sequence = engine.NextSequence(),
            ExternalId = externalId,
            Address = company.Random.NextTronAddress(),
            CreatedAt = engine.Now,
        };
        company.UserWallets.Add(wallet);
        engine.UserWalletOwners.Set(wallet.Id, company);
        return wallet;
    }

    private static EngineException NotFound() => EngineException.NotFound("User wallet not found");
}
