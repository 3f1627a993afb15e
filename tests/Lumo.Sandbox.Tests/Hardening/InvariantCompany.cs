using System.Collections.Concurrent;
using Lumo.Sandbox.Testing;

namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>
/// What the clients of one company share and learn from the answers they get: the quotes to fight over, the
/// orders and disputes to act on, and the history the final audit checks the server's state against.
/// </summary>
internal sealed class InvariantCompany(SandboxCompany company, decimal initialUsdt)
{
    private const int RecentWindow = 16;
    private readonly Lock _lock = new();
    private readonly List<Guid> _quotes = [];
    private readonly List<Guid> _orders = [];
    private readonly List<Guid> _disputes = [];
    private readonly List<(string Key, Guid QuoteId)> _keys = [];

    public SandboxCompany Company { get; } = company;

    public decimal InitialUsdt { get; } = initialUsdt;

    /// <summary>Every prepared quote: the RUB amount the client asked for, and the USDT amount and rate the sandbox answered.</summary>
    public ConcurrentDictionary<Guid, (decimal AmountRub, decimal AmountUsdt, decimal Rate)> Quotes { get; } = new();

    /// <summary>Quotes whose accept answered 201 (a replay counts once).</summary>
    public ConcurrentDictionary<Guid, byte> Accepted { get; } = new();

    /// <summary>Orders the control API completed (200).</summary>
    public ConcurrentDictionary<Guid, byte> Completed { get; } = new();

    /// <summary>Orders the control API failed (200).</summary>
    public ConcurrentDictionary<Guid, byte> Failed { get; } = new();

    /// <summary>Orders a dispute was opened on (201), with that dispute.</summary>
    public ConcurrentDictionary<Guid, Guid> DisputedOrders { get; } = new();

    /// <summary>Decisions the control API took (200): dispute → (status, resolution, refundAmount).</summary>
    public ConcurrentDictionary<Guid, (string Status, string? Resolution, decimal? RefundAmount)> Decisions { get; } = new();

    private int _depositsCreated;

    /// <summary>Deposits the control API created (201).</summary>
    public int DepositsCreated => Volatile.Read(ref _depositsCreated);

    public void CountDeposit() => Interlocked.Increment(ref _depositsCreated);

    public void AddQuote(Guid id, decimal amountRub, decimal amountUsdt, decimal rate)
    {
        Quotes[id] = (amountRub, amountUsdt, rate);
        lock (_lock)
        {
            _quotes.Add(id);
        }
    }

    public void AddOrder(Guid id)
    {
        if (Accepted.TryAdd(id, 0))
        {
            lock (_lock)
            {
                _orders.Add(id);
            }
        }
    }

    public void AddDispute(Guid orderId, Guid disputeId)
    {
        DisputedOrders[orderId] = disputeId;
        lock (_lock)
        {
            _disputes.Add(disputeId);
        }
    }

    public void AddKey(string key, Guid quoteId)
    {
        lock (_lock)
        {
            _keys.Add((key, quoteId));
        }
    }

    /// <summary>One of the newest quotes, so the company's clients often race for the same one.</summary>
    public Guid? RecentQuote(Random random) => Recent(_quotes, random);

    public Guid? RecentOrder(Random random) => Recent(_orders, random);

    public Guid? AnyOrder(Random random) => Any(_orders, random);

    public Guid? AnyDispute(Random random) => Any(_disputes, random);

    public (string Key, Guid QuoteId)? AnyKey(Random random)
    {
        lock (_lock)
        {
            return _keys.Count == 0 ? null : _keys[random.Next(_keys.Count)];
        }
    }

    private Guid? Recent(List<Guid> list, Random random)
    {
        lock (_lock)
        {
            return list.Count == 0 ? null : list[list.Count - 1 - random.Next(Math.Min(RecentWindow, list.Count))];
        }
    }

    private Guid? Any(List<Guid> list, Random random)
    {
        lock (_lock)
        {
            return list.Count == 0 ? null : list[random.Next(list.Count)];
        }
    }
}
