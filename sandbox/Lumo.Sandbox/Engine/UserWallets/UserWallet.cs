using Lumo.Sandbox.Engine.Deposits;
using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Engine.UserWallets;

/// <summary>A deposit address for one of the company's users. Mutated only under the company's lock.</summary>
internal sealed class UserWallet : IBookEntry<UserWalletState>
{
    private readonly List<PreviousAddress> _previousAddresses = [];

    public required Guid Id { get; init; }

    public required Guid CompanyId { get; init; }

    /// <summary>Creation order within the sandbox; lists sort newest first by it.</summary>
    public required long Sequence { get; init; }

    /// <summary>The user's id in the company's system; unique within the company.</summary>
    public required string ExternalId { get; init; }

    public required string Address { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public bool IsBlocked { get; private set; }

    public UserWalletState Status => IsBlocked ? UserWalletState.Blocked : UserWalletState.Active;

    public string? BlockReason { get; private set; }

    /// <summary>USDT seen arriving at the current address (confirmed deposits); a replacement starts it at zero.</summary>
    public decimal LastUsdtBalance { get; set; }

    /// <summary>TRX at the current address: deposits are USDT only, so it stays zero.</summary>
    public decimal LastTrxBalance { get; set; }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<PreviousAddress> PreviousAddresses => _previousAddresses;

    public NewestFirstBook<Deposit, DepositStatus> Deposits { get; } = new();

    public void Block(string? reason)
    {
        IsBlocked = true;
        BlockReason = reason;
    }

    public void Unblock()
    {
        IsBlocked = false;
        BlockReason = null;
    }

    /// <summary>A new address for the same user: unblocked, balances from zero, the old address kept in the history.</summary>
    public void Replace(string newAddress, DateTimeOffset now)
    {
        _previousAddresses.Add(new PreviousAddress(Address, now));
        Address = newAddress;
        LastUsdtBalance = 0m;
        LastTrxBalance = 0m;
        Unblock();
    }
}
