using System.Globalization;
using System.Text.Json;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>
/// Writes parameter strings converted to their schema type as JSON, so the body's schema validators (and
/// their messages) apply to parameters too, into this thread's reusable writer (requests stay allocation-light).
/// </summary>
internal readonly struct ParameterJson
{
    private readonly ThreadJsonWriter<ParameterJson> _json;

    private ParameterJson(ThreadJsonWriter<ParameterJson> json) => _json = json;

    public Utf8JsonWriter Writer => _json.Writer;

    /// <summary>Takes this thread's writer (or a new one when it is already taken) emptied for a new value.</summary>
    public static ParameterJson Rent() => new(ThreadJsonWriter<ParameterJson>.Rent(default));

    public void Return() => _json.Return();

    /// <summary>The JSON written so far; valid until the next <see cref="Rent"/> on this thread.</summary>
    public ReadOnlyMemory<byte> Flush()
    {
        _json.Writer.Flush();
        return _json.Written;
    }

    /// <summary>Writes <paramref name="raw"/> as a JSON value of <paramref name="type"/>; false when it does not convert.</summary>
    public bool TryWrite(JsonType type, ReadOnlySpan<char> raw)
    {
        switch (type)
        {
            case JsonType.Integer:
                if (long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    Writer.WriteNumberValue(integer);
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
                    Writer.WriteNumberValue(real);
                    return true;
                }

                return false;
            case JsonType.Boolean:
                if (raw is "true" or "false")
                {
                    Writer.WriteBooleanValue(raw is "true");
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

        Writer.WriteNumberValue(number);
        return true;
    }

    // Lone surrogates cannot be written as JSON; such a value is simply not a valid string.
    private bool TryWriteString(ReadOnlySpan<char> raw)
    {
        try
        {
            Writer.WriteStringValue(raw);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
