using System.Runtime.CompilerServices;

namespace Lumo.Sandbox.Engine.Support;

/// <summary>
/// A company's entries of one kind (orders, disputes, deposits) with the indexes their lists need: by id, all in
/// creation order, and per status a <see cref="PositionIndex"/> over that order, so a page of any status at any
/// offset is found without a scan and its total is exact. Entries can be forgotten (retention): a forgotten entry
/// leaves a hole that every index skips, and the holes are squeezed out once they are half the book.
/// Not thread-safe: used under the company's lock.
/// </summary>
internal sealed class NewestFirstBook<T, TStatus>
    where T : class, IBookEntry<TStatus>
    where TStatus : struct, Enum
{
    private static readonly int StatusCount = StatusCountOf();

    private const int MinHolesToCompact = 1024;

    private readonly Dictionary<Guid, int> _positionById = [];
    private List<T?> _inCreationOrder = []; // null: forgotten
    private PositionIndex[] _byStatus = CreateStatusIndexes();
    private PositionIndex _live = new();

    public int Count => _live.Count;

    public bool TryGet(Guid id, out T entry)
    {
        if (_positionById.TryGetValue(id, out var position))
        {
            entry = _inCreationOrder[position]!;
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
        AppendToIndexes(entry);
    }

    /// <summary>Removes the entry from every index; its id is unknown from now on.</summary>
    public void Forget(T entry)
    {
        if (!_positionById.Remove(entry.Id, out var position))
        {
            return;
        }

        _inCreationOrder[position] = null;
        _byStatus[IndexOf(entry.Status)].Clear(position);
        _live.Clear(position);

        var holes = _inCreationOrder.Count - _live.Count;
        if (holes >= MinHolesToCompact && holes * 2 >= _inCreationOrder.Count)
        {
            Compact();
        }
    }

    /// <summary>
    /// The oldest <paramref name="count"/> entries having one of <paramref name="statuses"/>, oldest first (a
    /// snapshot: forgetting them while iterating is safe). Merges the status indexes: count × statuses × log n.
    /// </summary>
    public List<T> OldestWith(IReadOnlyList<TStatus> statuses, int count)
    {
        var oldest = new List<T>(Math.Max(0, Math.Min(count, Count)));
        var taken = new int[statuses.Count];
        while (oldest.Count < count)
        {
            var best = -1;
            var bestPosition = int.MaxValue;
            for (var i = 0; i < statuses.Count; i++)
            {
                var index = _byStatus[IndexOf(statuses[i])];
                if (taken[i] < index.Count && index.FindKth(taken[i] + 1) is var position && position < bestPosition)
                {
                    best = i;
                    bestPosition = position;
                }
            }

            if (best < 0)
            {
                break;
            }

            taken[best]++;
            oldest.Add(_inCreationOrder[bestPosition]!);
        }

        return oldest;
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

    public int CountWith(TStatus? status) => status is { } s ? _byStatus[IndexOf(s)].Count : _live.Count;

    /// <summary>Newest first: up to <paramref name="limit"/> entries after skipping <paramref name="offset"/>.</summary>
    public T[] Page(TStatus? status, int offset, int limit) => Page(status, offset, limit, static entry => entry);

    /// <summary>Newest first, each entry projected (e.g. to its cached view), without an intermediate list.</summary>
    public TView[] Page<TView>(TStatus? status, int offset, int limit, Func<T, TView> project)
    {
        var total = CountWith(status);
        var page = new TView[Math.Clamp(total - Math.Max(offset, 0), 0, Math.Max(limit, 0))];
        var index = status is { } s ? _byStatus[IndexOf(s)] : _live;
        var withoutHoles = status is null && _live.Count == _inCreationOrder.Count;
        for (var i = 0; i < page.Length; i++)
        {
            var position = withoutHoles ? total - 1 - offset - i : index.FindKth(total - offset - i);
            page[i] = project(_inCreationOrder[position]!);
        }

        return page;
    }

    private void AppendToIndexes(T entry)
    {
        var status = IndexOf(entry.Status);
        for (var s = 0; s < _byStatus.Length; s++)
        {
            _byStatus[s].Append(s == status);
        }

        _live.Append(true);
    }

    // Rebuilds the book from its live entries, in the same order: O(n), after at least n/2 forgets.
    private void Compact()
    {
        var live = _inCreationOrder.Where(entry => entry is not null).ToList();
        _inCreationOrder = new List<T?>(live.Count * 2);
        _byStatus = CreateStatusIndexes();
        _live = new PositionIndex();
        _positionById.Clear();
        foreach (var entry in live)
        {
            _positionById.Add(entry!.Id, _inCreationOrder.Count);
            _inCreationOrder.Add(entry);
            AppendToIndexes(entry);
        }
    }

    // The statuses are int enums numbered from 0 (checked once below), so the value is the index.
    private static int IndexOf(TStatus status) => Unsafe.As<TStatus, int>(ref status);

    // Non-generic enum reflection and a loop: Enum.GetValues<T> and LINQ over a status would be compiled at start-up
    // (generic code over the sandbox's own value types is not precompiled).
    private static int StatusCountOf()
    {
        var values = Enum.GetValuesAsUnderlyingType(typeof(TStatus)); // sorted by value
        var numbered = Enum.GetUnderlyingType(typeof(TStatus)) == typeof(int);
        for (var i = 0; numbered && i < values.Length; i++)
        {
            numbered = (int)values.GetValue(i)! == i;
        }

        return numbered ? values.Length : throw new InvalidOperationException($"{typeof(TStatus).Name} must be an int enum numbered 0, 1, 2, …");
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
