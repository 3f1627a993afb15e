using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>
/// The characters of a JSON string value without allocating a string: unescaped values are
/// transcoded from the document's UTF-8 into a pooled buffer; escaped ones (rare) fall back to GetString.
/// </summary>
internal ref struct JsonText
{
    private char[]? _rented;

    private JsonText(ReadOnlySpan<char> chars, char[]? rented)
    {
        Chars = chars;
        _rented = rented;
    }

    public ReadOnlySpan<char> Chars { get; }

    /// <summary>Reads a value whose kind is <see cref="JsonValueKind.String"/>.</summary>
    public static JsonText Read(JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        var utf8 = raw.Length >= 2 && raw[0] == (byte)'"' ? raw[1..^1] : raw;
        if (utf8.Contains((byte)'\\'))
        {
            return new JsonText(value.GetString(), null);
        }

        // UTF-8 never has fewer bytes than the UTF-16 chars it decodes to.
        var rented = ArrayPool<char>.Shared.Rent(Math.Max(utf8.Length, 1));
        var count = Encoding.UTF8.GetChars(utf8, rented);
        return new JsonText(rented.AsSpan(0, count), rented);
    }

    /// <summary>Length in Unicode code points, as JSON Schema counts minLength/maxLength.</summary>
    public static int CodePointCount(ReadOnlySpan<char> chars)
    {
        var count = chars.Length;
        for (var i = 0; i < chars.Length - 1; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && char.IsLowSurrogate(chars[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }
}
