using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Engine.Disputes;

/// <summary>
/// A company's disputes: the list indexes, and each order's open dispute, so "return the open one" is one lookup.
/// Not thread-safe: used under the company's lock.
/// </summary>
internal sealed class DisputeBook
{
    private readonly Dictionary<Guid, Dispute> _openByOrder = [];
    private readonly Dictionary<Guid, List<Dispute>> _byOrder = [];

    public NewestFirstBook<Dispute, DisputeStatus> All { get; } = new();

    public Dispute? OpenFor(Guid orderId) => _openByOrder.GetValueOrDefault(orderId);

    public void Add(Dispute dispute)
    {
        All.Add(dispute);
        _openByOrder[dispute.OrderId] = dispute;
        if (!_byOrder.TryGetValue(dispute.OrderId, out var ofOrder))
        {
            _byOrder[dispute.OrderId] = ofOrder = [];
        }

        ofOrder.Add(dispute);
    }

    /// <summary>Forgets every dispute of the order (retention) and answers them.</summary>
    public IReadOnlyList<Dispute> ForgetOrder(Guid orderId)
    {
        if (!_byOrder.Remove(orderId, out var ofOrder))
        {
            return [];
        }

        _openByOrder.Remove(orderId);
        foreach (var dispute in ofOrder)
        {
            All.Forget(dispute);
        }

        return ofOrder;
    }

    /// <summary>Keeps the indexes right; call with the status the dispute had before it changed.</summary>
    public void StatusChanged(Dispute dispute, DisputeStatus previous)
    {
        All.StatusChanged(dispute, previous);
        if (!dispute.IsOpen)
        {
            _openByOrder.Remove(dispute.OrderId);
        }
    }
}
