namespace Lumo.Sandbox.Engine.Orders;

/// <summary>
/// A company's orders with the indexes its list needs: by id, all in creation order, and per status a
/// <see cref="PositionIndex"/> over that order, so a page of any status at any offset is found without a scan.
/// Not thread-safe: used under the company's lock.
/// </summary>
internal sealed class OrderBook
{
    private readonly Dictionary<Guid, int> _positionById = [];
    private readonly List<Order> _inCreationOrder = [];
    private readonly PositionIndex[] _byStatus = CreateStatusIndexes();

    public int Count => _inCreationOrder.Count;

    public bool TryGet(Guid id, out Order order)
    {
        if (_positionById.TryGetValue(id, out var position))
        {
            order = _inCreationOrder[position];
            return true;
        }

        order = null!;
        return false;
    }

    public bool Contains(Guid id) => _positionById.ContainsKey(id);

    public void Add(Order order)
    {
        _positionById.Add(order.Id, _inCreationOrder.Count);
        _inCreationOrder.Add(order);
        for (var status = 0; status < _byStatus.Length; status++)
        {
            _byStatus[status].Append(status == (int)order.Status);
        }
    }

    /// <summary>Keeps the status index right; call with the status the order had before it changed.</summary>
    public void StatusChanged(Order order, OrderStatus previous)
    {
        if (previous != order.Status)
        {
            var position = _positionById[order.Id];
            _byStatus[(int)previous].Clear(position);
            _byStatus[(int)order.Status].Set(position);
        }
    }

    public int CountWith(OrderStatus? status) => status is { } s ? _byStatus[(int)s].Count : _inCreationOrder.Count;

    /// <summary>Newest first: the views of <paramref name="limit"/> orders after skipping <paramref name="offset"/>.</summary>
    public OrderView[] Page(OrderStatus? status, int offset, int limit)
    {
        var total = CountWith(status);
        var page = new OrderView[Math.Clamp(total - Math.Max(offset, 0), 0, Math.Max(limit, 0))];
        if (status is { } s)
        {
            var index = _byStatus[(int)s];
            for (var i = 0; i < page.Length; i++)
            {
                page[i] = _inCreationOrder[index.FindKth(total - offset - i)].View;
            }

            return page;
        }

        for (var i = 0; i < page.Length; i++)
        {
            page[i] = _inCreationOrder[total - 1 - offset - i].View;
        }

        return page;
    }

    private static PositionIndex[] CreateStatusIndexes()
    {
        var indexes = new PositionIndex[Enum.GetValues<OrderStatus>().Length];
        for (var i = 0; i < indexes.Length; i++)
        {
            indexes[i] = new PositionIndex();
        }

        return indexes;
    }
}
