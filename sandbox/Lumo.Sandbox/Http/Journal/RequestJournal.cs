namespace Lumo.Sandbox.Http.Journal;

/// <summary>
/// A bounded ring of recent requests: recording is one lock, one array store of a value and one copy of the
/// request's text, and the oldest entry is overwritten when full, so a sandbox left running for a week does not grow.
/// </summary>
/// <remarks>
/// The text of each entry (path, query, body) is copied into one character buffer (<see cref="JournalText"/>)
/// instead of being kept as strings. An entry lives for the next <c>capacity</c> requests, long enough for its strings
/// to survive young collections and be copied into older generations, only to die there; under a flow load that
/// was a large part of the collector's work. Strings are made again only when the journal is read.
/// </remarks>
internal sealed class RequestJournal
{
    private readonly JournalSlot[] _ring;
    private readonly JournalText _text;
    private readonly Lock _lock = new();
    private long _written;
    private long _first;

    public RequestJournal(int capacity)
        : this(capacity, JournalText.InitialLengthFor(capacity), JournalText.MaxLength)
    {
    }

    internal RequestJournal(int capacity, int initialTextLength, int maxTextLength)
    {
        _ring = new JournalSlot[Math.Max(1, capacity)];
        _text = new JournalText(initialTextLength, maxTextLength);
    }

    /// <summary>Entries kept now: the capacity once full, fewer only while the text of the newest exceeds the text limit.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return (int)(_written - _first);
            }
        }
    }

    public void Record(in JournalRecord entry)
    {
        var path = entry.Path.AsSpan();
        var query = entry.Query.AsSpan();
        var body = entry.Body.AsSpan();
        var length = path.Length + query.Length + body.Length;
        lock (_lock)
        {
            _first = Math.Max(_first, _written + 1 - _ring.Length);
            var start = ReserveNeedsLock(length);
            _text.Write(start, path);
            _text.Write(start + path.Length, query);
            _text.Write(start + path.Length + query.Length, body);
            _ring[_written % _ring.Length] = new JournalSlot(entry, start, path.Length, query.Length, entry.Body is null ? -1 : body.Length);
            _written++;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            Array.Clear(_ring);
            _text.Clear();
            _written = 0;
            _first = 0;
        }
    }

    /// <summary>Newest first, those matching <paramref name="filter"/>, at most <paramref name="limit"/>.</summary>
    public List<JournalEntry> Find(JournalFilter filter, int limit)
    {
        var found = new List<JournalEntry>(Math.Min(limit, 256));
        lock (_lock)
        {
            for (var i = _written - 1; i >= _first && found.Count < limit; i--)
            {
                ref readonly var slot = ref _ring[i % _ring.Length];
                if (filter.Matches(slot, _text.Span(slot.TextStart, slot.PathLength)))
                {
                    found.Add(ToEntryNeedsLock(slot));
                }
            }
        }

        return found;
    }

    // Where the new entry's text goes. The live text runs from the oldest kept entry's start to the end written;
    // when the new text would overwrite it, the buffer grows (the kept texts are moved once, in order), and at the
    // text limit the oldest entries are forgotten instead.
    private long ReserveNeedsLock(int length)
    {
        while (true)
        {
            var liveStart = _first < _written ? _ring[_first % _ring.Length].TextStart : _text.End;
            if (_text.TryReserve(length, liveStart, out var start))
            {
                return start;
            }

            if (_text.TryGrow(_text.End - liveStart + length, out var old))
            {
                for (var i = _first; i < _written; i++)
                {
                    ref var slot = ref _ring[i % _ring.Length];
                    slot = slot with { TextStart = _text.Append(JournalText.Span(old, slot.TextStart, slot.TextLength)) };
                }
            }
            else if (_first < _written)
            {
                _first++; // at the limit: forget the oldest entry
            }
            else
            {
                _text.Restart(); // nothing is kept, and the buffer holds any one entry's text
            }
        }
    }

    private JournalEntry ToEntryNeedsLock(in JournalSlot slot)
    {
        var text = _text.Span(slot.TextStart, slot.TextLength);
        var path = text[..slot.PathLength];
        var query = text.Slice(slot.PathLength, slot.QueryLength);
        var body = slot.BodyLength < 0 ? null : text.Slice(slot.PathLength + slot.QueryLength, slot.BodyLength).ToString();
        var headers = slot.Headers is null ? null : new Dictionary<string, string>(slot.Headers, StringComparer.OrdinalIgnoreCase);
        return new JournalEntry(slot.Time, slot.Method, path.ToString(), query.ToString(), body, slot.Status, slot.DurationMs, slot.CompanyId, slot.OperationId, headers);
    }
}
