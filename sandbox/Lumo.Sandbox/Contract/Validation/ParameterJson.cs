using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>
/// Writes parameter strings converted to their schema type as JSON, so the body's schema validators (and
/// their messages) apply to parameters too. One instance per thread is reused to keep requests allocation-light.
/// </summary>
internal sealed class ParameterJson
{
    [ThreadStatic]
    private static ParameterJson? _cached;

    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Utf8JsonWriter _writer;

    private ParameterJson() => _writer = new Utf8JsonWriter(_buffer);

    public Utf8JsonWriter Writer => _writer;

    /// <summary>Takes this thread's instance (or a new one when it is already taken) emptied for a new value.</summary>
    public static ParameterJson Rent()
    {
        var json = _cached ?? new ParameterJson();
        _cached = null;
        json._buffer.ResetWrittenCount();
        json._writer.Reset(json._buffer);
        return json;
    }

    public void Return() => _cached = this;

    /// <summary>The JSON written so far; valid until the next <see cref="Rent"/> on this thread.</summary>
    public ReadOnlyMemory<byte> Flush()
    {
        _writer.Flush();
        return _buffer.WrittenMemory;
    }

    /// <summary>Writes <paramref name="raw"/> as a JSON value of <paramref name="type"/>; false when it does not convert.</summary>
    public bool TryWrite(JsonType type, ReadOnlySpan<char> raw)
    {
        switch (type)
        {
            case JsonType.Integer:
                if (long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    _writer.WriteNumberValue(integer);
                    return true;
                }

                return TryWriteDecimal(raw, NumberStyles.AllowLeadingSign);
            case JsonType.Number:
                const NumberStyles styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
                if (TryWriteDecimal(raw, styles))
                {
                    return true;
                }

                if (double.TryParse(raw, styles, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
                {
                    _writer.WriteNumberValue(real);
                    return true;
                }

                return false;
            case JsonType.Boolean:
                if (raw is "true" or "false")
                {
                    _writer.WriteBooleanValue(raw is "true");
                    return true;
                }

                return false;
            default:
                return TryWriteString(raw);
        }
    }

    private bool TryWriteDecimal(ReadOnlySpan<char> raw, NumberStyles styles)
    {
        if (!decimal.TryParse(raw, styles, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        _writer.WriteNumberValue(number);
        return true;
    }

    // Lone surrogates cannot be written as JSON; such a value is simply not a valid string.
    private bool TryWriteString(ReadOnlySpan<char> raw)
    {
        try
        {
            _writer.WriteStringValue(raw);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
