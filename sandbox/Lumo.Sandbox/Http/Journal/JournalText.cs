namespace Lumo.Sandbox.Http.Journal;

/// <summary>
/// The journal's text: each entry's path, query and body, one after another in one character buffer that is
/// written round and round. Positions are logical (they only grow), so an entry's text is at
/// <c>position % length</c>; a text never wraps, so it always reads as one span. Not thread-safe: used under the
/// journal's lock, which also decides what is still live.
/// </summary>
internal sealed class JournalText
{
    /// <summary>The most text kept (128 Mi characters, 256 MiB); past it the journal forgets its oldest entries.</summary>
    public const int MaxLength = 1 << 27;

    /// <summary>More than any one request's text: a body is at most 1 MiB, and Kestrel takes a request line and headers of at most 256 KiB each.</summary>
    public const int MaxEntryLength = 2 * 1024 * 1024;

    private readonly int _initialLength;
    private readonly int _maxLength;
    private char[] _chars;

    public JournalText(int initialLength, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, MaxEntryLength);
        _initialLength = Math.Clamp(initialLength, 1, maxLength);
        _maxLength = maxLength;
        _chars = new char[_initialLength];
    }

    /// <summary>The logical position after the last text written.</summary>
    public long End { get; private set; }

    /// <summary>A start that fits a few dozen characters an entry and grows from there.</summary>
    public static int InitialLengthFor(int capacity) => (int)Math.Clamp(capacity * 64L, 4096, 1 << 20);

    /// <summary>
    /// Reserves <paramref name="length"/> characters after <see cref="End"/> without overwriting anything from
    /// <paramref name="liveStart"/> on; false when the buffer is too small for that.
    /// </summary>
    public bool TryReserve(int length, long liveStart, out long start)
    {
        start = End;
        var offset = (int)(start % _chars.Length);
        if (offset + length > _chars.Length)
        {
            start += _chars.Length - offset; // skip the tail, so that the text does not wrap
        }

        if (start + length - liveStart > _chars.Length)
        {
            return false;
        }

        End = start + length;
        return true;
    }

    /// <summary>
    /// Replaces the buffer with one of at least twice <paramref name="needed"/> characters (within the limit) and
    /// returns the old one, whose live texts the caller then appends again in order; false when it cannot grow.
    /// </summary>
    public bool TryGrow(long needed, out char[] old)
    {
        old = _chars;
        var length = (int)Math.Min(_maxLength, Math.Max(2L * _chars.Length, 2 * needed));
        if (needed > _maxLength || length <= _chars.Length)
        {
            return false;
        }

        _chars = new char[length];
        End = 0;
        return true;
    }

    /// <summary>Appends a text moved from an old buffer; the new buffer has room for all of them.</summary>
    public long Append(ReadOnlySpan<char> text)
    {
        var start = End;
        Write(start, text);
        End += text.Length;
        return start;
    }

    public void Write(long at, ReadOnlySpan<char> text) => text.CopyTo(_chars.AsSpan((int)(at % _chars.Length)));

    public ReadOnlySpan<char> Span(long at, int length) => Span(_chars, at, length);

    public static ReadOnlySpan<char> Span(char[] chars, long at, int length) => chars.AsSpan((int)(at % chars.Length), length);

    /// <summary>Forgets all text, keeping the buffer.</summary>
    public void Restart() => End = 0;

    /// <summary>Forgets all text and goes back to the first buffer's size.</summary>
    public void Clear()
    {
        if (_chars.Length != _initialLength)
        {
            _chars = new char[_initialLength];
        }

        End = 0;
    }
}
