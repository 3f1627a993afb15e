namespace Lumo.Sandbox.Http.Journal;

/// <summary>
/// A bounded ring of recent requests: recording is one lock and one array store of a value, and the oldest entry is
/// overwritten when full, so a sandbox left running for a week does not grow.
/// </summary>
internal sealed class RequestJournal(int capacity)
{
    private readonly JournalRecord[] _ring = new JournalRecord[Math.Max(1, capacity)];
    private readonly Lock _lock = new();
    private long _written;

    public void Record(in JournalRecord entry)
    {
        lock (_lock)
        {
            _ring[_written % _ring.Length] = entry;
            _written++;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            Array.Clear(_ring);
            _written = 0;
        }
    }

    /// <summary>Newest first, those matching <paramref name="match"/>, at most <paramref name="limit"/>.</summary>
    public List<JournalEntry> Find(Func<JournalRecord, bool> match, int limit)
    {
        var found = new List<JournalEntry>(Math.Min(limit, 256));
        lock (_lock)
        {
            var oldest = Math.Max(0, _written - _ring.Length);
            for (var i = _written - 1; i >= oldest && found.Count < limit; i--)
            {
                ref readonly var entry = ref _ring[i % _ring.Length];
                if (match(entry))
                {
                    found.Add(entry.ToEntry());
                }
            }
        }

        return found;
    }
}
