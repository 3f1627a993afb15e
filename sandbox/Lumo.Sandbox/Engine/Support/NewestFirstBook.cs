namespace Lumo.Sandbox.Engine.Support;

/// <summary>
/// A company's entries of one kind (disputes, deposits) with the indexes their lists need: by id, all newest first,
/// and per status newest first, so a page never scans everything and its total is exact.
/// Not thread-safe: used under the company's lock.
/// </summary>
internal sealed class NewestFirstBook<T, TStatus>
    where T : class, IBookEntry<TStatus>
    where TStatus : struct, Enum
{
    private static readonly Comparer<T> NewestFirst = Comparer<T>.Create((a, b) => b.Sequence.CompareTo(a.Sequence));

    private readonly Dictionary<Guid, T> _byId = [];
    private readonly List<T> _inCreationOrder = [];
    private readonly Dictionary<TStatus, SortedSet<T>> _byStatus = [];

    public int Count => _inCreationOrder.Count;

    public bool TryGet(Guid id, out T entry) => _byId.TryGetValue(id, out entry!);

    public void Add(T entry)
    {
        _byId.Add(entry.Id, entry);
        _inCreationOrder.Add(entry);
        StatusIndex(entry.Status).Add(entry);
    }

    /// <summary>Keeps the status index right; call with the status the entry had before it changed.</summary>
    public void StatusChanged(T entry, TStatus previous)
    {
        if (!EqualityComparer<TStatus>.Default.Equals(previous, entry.Status))
        {
            StatusIndex(previous).Remove(entry);
            StatusIndex(entry.Status).Add(entry);
        }
    }

    public int CountWith(TStatus? status) =>
        status is { } s ? (_byStatus.TryGetValue(s, out var index) ? index.Count : 0) : _inCreationOrder.Count;

    /// <summary>Up to <paramref name="limit"/> entries, newest first, after skipping <paramref name="offset"/>.</summary>
    public List<T> Page(TStatus? status, int offset, int limit)
    {
        var page = new List<T>(Math.Min(limit, 128));
        if (status is { } s)
        {
            if (_byStatus.TryGetValue(s, out var index))
            {
                foreach (var entry in index)
                {
                    if (page.Count == limit)
                    {
                        break;
                    }

                    if (offset-- <= 0)
                    {
                        page.Add(entry);
                    }
                }
            }

            return page;
        }

        for (var i = _inCreationOrder.Count - 1 - offset; i >= 0 && page.Count < limit; i--)
        {
            page.Add(_inCreationOrder[i]);
        }

        return page;
    }

    private SortedSet<T> StatusIndex(TStatus status)
    {
        if (!_byStatus.TryGetValue(status, out var index))
        {
            index = new SortedSet<T>(NewestFirst);
            _byStatus.Add(status, index);
        }

        return index;
    }
}
