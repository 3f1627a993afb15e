namespace Lumo.Sandbox.Engine.Orders;

/// <summary>
/// A company's orders with the indexes its list needs: by id, all newest first, and per status newest first,
/// so listing a page never scans. Not thread-safe: used under the company's lock.
/// </summary>
internal sealed class OrderBook
{
    private static readonly Comparer<Order> NewestFirst = Comparer<Order>.Create((a, b) => b.Sequence.CompareTo(a.Sequence));

    private readonly Dictionary<Guid, Order> _byId = [];
    private readonly List<Order> _inCreationOrder = [];
    private readonly SortedSet<Order>[] _byStatus = CreateStatusIndexes();

    public int Count => _inCreationOrder.Count;

    public bool TryGet(Guid id, out Order order) => _byId.TryGetValue(id, out order!);

    public bool Contains(Guid id) => _byId.ContainsKey(id);

    public void Add(Order order)
    {
        _byId.Add(order.Id, order);
        _inCreationOrder.Add(order);
        _byStatus[(int)order.Status].Add(order);
    }

    /// <summary>Keeps the status index right; call with the status the order had before it changed.</summary>
    public void StatusChanged(Order order, OrderStatus previous)
    {
        if (previous != order.Status)
        {
            _byStatus[(int)previous].Remove(order);
            _byStatus[(int)order.Status].Add(order);
        }
    }

    public int CountWith(OrderStatus? status) => status is { } s ? _byStatus[(int)s].Count : _inCreationOrder.Count;

    public List<Order> Page(OrderStatus? status, int offset, int limit)
    {
        var page = new List<Order>(Math.Min(limit, 128));
        if (status is { } s)
        {
            foreach (var order in _byStatus[(int)s])
            {
                if (offset-- > 0)
                {
                    continue;
                }

                if (page.Count == limit)
                {
                    break;
                }

                page.Add(order);
            }

            return page;
        }

        for (var i = _inCreationOrder.Count - 1 - offset; i >= 0 && page.Count < limit; i--)
        {
            page.Add(_inCreationOrder[i]);
        }

        return page;
    }

    private static SortedSet<Order>[] CreateStatusIndexes()
    {
        var indexes = new SortedSet<Order>[Enum.GetValues<OrderStatus>().Length];
        for (var i = 0; i < indexes.Length; i++)
        {
            indexes[i] = new SortedSet<Order>(NewestFirst);
        }

        return indexes;
    }
}
