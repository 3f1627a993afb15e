using System.Buffers;
using System.Globalization;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>
/// The property path being validated ("orders[3].status"), kept in a pooled buffer and
/// only turned into a string when a message is written, so valid input allocates nothing.
/// </summary>
internal ref struct ValidationPath
{
    /// <summary>Guards schemas that recurse without consuming input (A: allOf: [A]).</summary>
    internal const int MaxDepth = 128;

    /// <summary>The subject of messages about the root value.</summary>
    internal const string RootName = "body";

    private char[] _chars;
    private int _length;
    private int _depth;

    public ValidationPath(string root)
    {
        _chars = ArrayPool<char>.Shared.Rent(Math.Max(64, root.Length * 2));
        _length = 0;
        _depth = 0;
        Append(root);
    }

    /// <summary>The path as the subject of a message: "body" for the root.</summary>
    public readonly ReadOnlySpan<char> Subject => _length == 0 ? RootName : _chars.AsSpan(0, _length);

    /// <summary>Appends ".name" (or "name" at the root) and returns the mark to <see cref="Pop"/> to.</summary>
    public int PushProperty(string name)
    {
        var mark = _length;
        if (_length > 0)
        {
            Append(".");
        }

        Append(name);
        return mark;
    }

    /// <summary>Appends "[index]" and returns the mark to <see cref="Pop"/> to.</summary>
    public int PushIndex(int index)
    {
        var mark = _length;
        Reserve(12);
        _chars[_length++] = '[';
        index.TryFormat(_chars.AsSpan(_length), out var written, provider: CultureInfo.InvariantCulture);
        _length += written;
        _chars[_length++] = ']';
        return mark;
    }

    public void Pop(int mark) => _length = mark;

    public bool TryEnter() => ++_depth <= MaxDepth;

    public void Exit() => _depth--;

    public readonly string Message(string suffix) => string.Concat(Subject, suffix);

    public readonly string Message(string prefix, string suffix) => string.Concat(prefix, Subject, suffix);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
        _length = 0;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    private void Reserve(int extra)
    {
        if (_length + extra <= _chars.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + extra));
        _chars.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = larger;
    }
}
