using Lumo.Sandbox.Engine.StateMachines;
using Lumo.Sandbox.Engine.Support;
using Lumo.Sandbox.Engine.UserWallets;

namespace Lumo.Sandbox.Engine.Deposits;

/// <summary>
/// An incoming USDT transfer, to the company's address or to one of its user wallets (<see cref="Wallet"/>).
/// Mutated only under the company's lock, through <see cref="Fire"/>.
/// </summary>
internal sealed class Deposit : IBookEntry<DepositStatus>
{
    public required Guid Id { get; init; }

    public required long Sequence { get; init; }

    public required string TxHash { get; init; }

    public required string FromAddress { get; init; }

    /// <summary>The address that received it (a user wallet's address at the time; wallets can be replaced).</summary>
    public required string ToAddress { get; init; }

    public required decimal AmountUsdt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Confirmations it arrived with; the next ones come one per interval after <see cref="CreatedAt"/>.</summary>
    public required int InitialConfirmations
    {
        get;
        init
        {
            field = value;
            Confirmations = value;
        }
    }

    /// <summary>True: it ends failed instead of confirmed, and nothing is credited.</summary>
    public required bool EndsFailed { get; init; }

    /// <summary>The receiving user wallet; null for a deposit to the company's own address.</summary>
    public UserWallet? Wallet { get; init; }

    public DepositStatus Status { get; private set; } = DepositStatus.Pending;

    public int Confirmations { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    /// <summary>Whether the confirmed amount went to the company's available USDT (once, at confirmation).</summary>
    public bool Credited { get; private set; }

    public DepositStatus Fire(DepositTrigger trigger, DateTimeOffset now)
    {
        var previous = Status;
        Status = Lifecycles.Deposit.Fire(Status, trigger);
        switch (trigger)
        {
            case DepositTrigger.Confirm:
                Confirmations++;
                break;
            case DepositTrigger.Settle:
                ConfirmedAt = now;
                break;
        }

        return previous;
    }

    public void MarkCredited() => Credited = true;
}
