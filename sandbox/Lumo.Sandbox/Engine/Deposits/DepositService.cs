using Lumo.Sandbox.Engine.Companies;
using Lumo.Sandbox.Engine.Events;
using Lumo.Sandbox.Engine.StateMachines;
using Lumo.Sandbox.Engine.Support;
using Lumo.Sandbox.Engine.UserWallets;

namespace Lumo.Sandbox.Engine.Deposits;

/// <summary>
/// Incoming USDT transfers, to a company's address or to a user wallet. A deposit is pending, gains one
/// confirmation per <see cref="EngineTiming.ConfirmationInterval"/> of sandbox time and, at
/// <see cref="EngineTiming.ConfirmationsRequired"/>, becomes confirmed and is credited (exactly once) or, when it
/// was meant to fail, failed with nothing credited.
/// </summary>
/// <remarks>
/// A user deposit is captured by the platform for the company (and forwarded to its depositForwardAddress), so
/// once confirmed it credits the company's available USDT, like a company deposit. A deposit that confirms while
/// its wallet is blocked is recorded but not credited (credited=false), and unblocking later does not credit it.
/// </remarks>
internal sealed class DepositService(SandboxEngine engine)
{
    public const string ConfirmedEvent = "deposit.confirmed";
    public const string UserConfirmedEvent = "user_deposit.confirmed";

    /// <summary>The control API's simulated transfer to a company's address.</summary>
    public DepositView CreateForCompany(Guid companyId, decimal amountUsdt, int confirmations, bool fail)
    {
        var company = engine.Companies.FindById(companyId) ?? throw EngineException.NotFound("Company not found");
        return CreateForCompany(company, amountUsdt, confirmations, fail);
    }

    public DepositView CreateForCompany(CompanyState company, decimal amountUsdt, int confirmations, bool fail)
    {
        lock (company.Lock)
        {
            var deposit = NewNeedsLock(company, company.Address, amountUsdt, confirmations, fail, wallet: null);
            company.Deposits.Add(deposit);
            StartNeedsLock(company, deposit);
            return DepositView.Of(deposit);
        }
    }

    /// <summary>The control API's simulated transfer to a user wallet's current address.</summary>
    public UserDepositView CreateForUserWallet(Guid walletId, decimal amountUsdt, int confirmations, bool fail)
    {
        var company = engine.UserWallets.OwnerOf(walletId);
        lock (company.Lock)
        {
            var wallet = UserWalletService.FindNeedsLock(company, walletId);
            var deposit = NewNeedsLock(company, wallet.Address, amountUsdt, confirmations, fail, wallet);
            wallet.Deposits.Add(deposit);
            StartNeedsLock(company, deposit);
            return UserDepositView.Of(deposit);
        }
    }

    public DepositListView List(CompanyState company, DepositStatus? status, int offset, int limit)
    {
        lock (company.Lock)
        {
            return new DepositListView([.. company.Deposits.Page(status, offset, limit).Select(DepositView.Of)], company.Deposits.CountWith(status));
        }
    }

    public UserDepositListView ListForUserWallet(CompanyState company, Guid walletId, DepositStatus? status, int offset, int limit)
    {
        lock (company.Lock)
        {
            var deposits = UserWalletService.FindNeedsLock(company, walletId).Deposits;
            return new UserDepositListView([.. deposits.Page(status, offset, limit).Select(UserDepositView.Of)], deposits.CountWith(status));
        }
    }

    /// <summary>The newest company deposits across companies (or of one), for the control API.</summary>
    public List<DepositView> Recent(Guid? companyId, int limit) =>
        RecentAcrossCompanies.Collect(engine.Companies.All, companyId, static c => c.Deposits, null, limit, static (c, d) => DepositView.Of(d).WithCompany(c.Id));

    private Deposit NewNeedsLock(CompanyState company, string toAddress, decimal amountUsdt, int confirmations, bool fail, UserWallet? wallet) => new()
    {
        Id = company.Random.NextGuid(),
        Sequence = engine.NextSequence(),
        TxHash = company.Random.NextTxHash(),
        FromAddress = company.Random.NextTronAddress(),
        ToAddress = toAddress,
        AmountUsdt = Money.Round(amountUsdt),
        CreatedAt = engine.Now,
        InitialConfirmations = confirmations,
        EndsFailed = fail,
        Wallet = wallet,
    };

    // Arriving with enough confirmations settles at once; otherwise one tick per interval, each scheduled by the
    // last at createdAt + n × interval, so real-mode timer lag never accumulates.
    private void StartNeedsLock(CompanyState company, Deposit deposit)
    {
        if (deposit.Confirmations >= engine.Timing.ConfirmationsRequired)
        {
            SettleNeedsLock(company, deposit);
        }
        else
        {
            ScheduleTick(company, deposit);
        }
    }

    private void ScheduleTick(CompanyState company, Deposit deposit)
    {
        var ticks = deposit.Confirmations - deposit.InitialConfirmations + 1;
        engine.Scheduler.Schedule(deposit.CreatedAt + (engine.Timing.ConfirmationInterval * ticks), () => Tick(company, deposit));
    }

    private void Tick(CompanyState company, Deposit deposit)
    {
        lock (company.Lock)
        {
            if (!Lifecycles.Deposit.CanFire(deposit.Status, DepositTrigger.Confirm))
            {
                return;
            }

            deposit.Fire(DepositTrigger.Confirm, engine.Now);
            StartNeedsLock(company, deposit);
        }
    }

    private void SettleNeedsLock(CompanyState company, Deposit deposit)
    {
        var previous = deposit.Fire(deposit.EndsFailed ? DepositTrigger.Fail : DepositTrigger.Settle, engine.Now);
        var book = deposit.Wallet?.Deposits ?? company.Deposits;
        book.StatusChanged(deposit, previous);
        if (deposit.Status != DepositStatus.Confirmed)
        {
            return;
        }

        if (deposit.Wallet is not { } wallet)
        {
            company.Ledger.Deposit(deposit.AmountUsdt);
            deposit.MarkCredited();
            engine.Events.Publish(company, new DomainEvent(ConfirmedEvent, deposit.Id, engine.Now, DepositView.Of(deposit)));
            return;
        }

        if (wallet.Address == deposit.ToAddress)
        {
            wallet.LastUsdtBalance += deposit.AmountUsdt;
        }

        if (!wallet.IsBlocked)
        {
            company.Ledger.Deposit(deposit.AmountUsdt);
            deposit.MarkCredited();
        }

        engine.Events.Publish(company, new DomainEvent(UserConfirmedEvent, deposit.Id, engine.Now, UserDepositView.Of(deposit)));
    }
}
