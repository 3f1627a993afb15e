using System.Runtime.CompilerServices;

namespace Lumo.Sandbox.Engine.Support;

/// <summary>
/// A company's entries of one kind (orders, disputes, deposits) with the indexes their lists need: by id, all in
/// creation order, and per status a <see cref="PositionIndex"/> over that order, so a page of any status at any
/// offset is found without a scan and its total is exact. Not thread-safe: used under the company's lock.
/// </summary>
internal sealed class NewestFirstBook<T, TStatus>
    where T : class, IBookEntry<TStatus>
    where TStatus : struct, Enum
{
    private static readonly int StatusCount = StatusCountOf();

    private readonly Dictionary<Guid, int> _positionById = [];
    private readonly List<T> _inCreationOrder = [];
    private readonly PositionIndex[] _byStatus = CreateStatusIndexes();

    public int Count => _inCreationOrder.Count;

    public bool TryGet(Guid id, out T entry)
    {
        if (_positionById.TryGetValue(id, out var position))
        {
            entry = _inCreationOrder[position];
            return true;
        }

        entry = null!;
        return false;
    }

    public bool Contains(Guid id) => _positionById.ContainsKey(id);

    public void Add(T entry)
    {
        _positionById.Add(entry.Id, _inCreationOrder.Count);
        _inCreationOrder.Add(entry);
        var status = IndexOf(entry.Status);
        for (var s = 0; s < _byStatus.Length; s++)
        {
            _byStatus[s].Append(s == status);
        }
    }

    /// <summary>Keeps the status index right; call with the status the entry had before it changed.</summary>
    public void StatusChanged(T entry, TStatus previous)
    {
        var from = IndexOf(previous);
        var to = IndexOf(entry.Status);
        if (from != to)
        {
            var position = _positionById[entry.Id];
            _byStatus[from].Clear(position);
            _byStatus[to].Set(position);
        }
    }

    public int CountWith(TStatus? status) => status is { } s ? _byStatus[IndexOf(s)].Count : _inCreationOrder.Count;

    /// <summary>Newest first: up to <paramref name="limit"/> entries after skipping <paramref name="offset"/>.</summary>
    public T[] Page(TStatus? status, int offset, int limit) => Page(status, offset, limit, static entry => entry);

    /// <summary>Newest first, each entry projected (e.g. to its cached view), without an intermediate list.</summary>
    public TView[] Page<TView>(TStatus? status, int offset, int limit, Func<T, TView> project)
    {
        var total = CountWith(status);
        var page = new TView[Math.Clamp(total - Math.Max(offset, 0), 0, Math.Max(limit, 0))];
        if (status is { } s)
        {
            var index = _byStatus[IndexOf(s)];
            for (var i = 0; i < page.Length; i++)
            {
                page[i] = project(_inCreationOrder[index.FindKth(total - offset - i)]);
            }

            return page;
        }

        for (var i = 0; i < page.Length; i++)
        {
            page[i] = project(_inCreationOrder[total - 1 - offset - i]);
        }

        return page;
    }

    // The statuses are int enums numbered from 0 (checked once below), so the value is the index.
    private static int IndexOf(TStatus status) => Unsafe.As<TStatus, int>(ref status);

    private static int StatusCountOf()
    {
        var values = Enum.GetValues<TStatus>();
        if (Enum.GetUnderlyingType(typeof(TStatus)) != typeof(int) || values.Select(IndexOf).Order().Where((v, i) => v != i).Any())
        {
            throw new InvalidOperationException($"{typeof(TStatus).Name} must be an int enum numbered 0, 1, 2, …");
        }

        return values.Length;
    }

    private static PositionIndex[] CreateStatusIndexes()
    {
        var indexes = new PositionIndex[StatusCount];
        for (var i = 0; i < indexes.Length; i++)
        {
            indexes[i] = new PositionIndex();
        }

        return indexes;
    }
}
