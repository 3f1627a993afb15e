using System.Globalization;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>
/// Accepts the common parameter shapes straight from the raw text, without writing and parsing JSON per parameter
/// per request: a string whose schema has only string keywords (length, format, pattern) and a string
/// enum, and an integer whose schema has only number keywords. It only ever says "valid": anything else, and every
/// value it does not accept, takes the full check, which writes the messages, so answers stay exactly the same.
/// </summary>
internal sealed class ParameterShortcut
{
    private readonly StringRule[] _strings;
    private readonly EnumRule[] _enums;
    private readonly NumberRule[] _numbers;
    private readonly bool _integer;

    private ParameterShortcut(bool integer, StringRule[] strings, EnumRule[] enums, NumberRule[] numbers)
    {
        _integer = integer;
        _strings = strings;
        _enums = enums;
        _numbers = numbers;
    }

    /// <summary>The shortcut for a scalar parameter converted to <paramref name="type"/>, or null when it has none.</summary>
    public static ParameterShortcut? For(JsonType type, SchemaValidator? schema)
    {
        if (schema is null || type is not (JsonType.String or JsonType.Integer) || schema.Type != type)
        {
            return null;
        }

        var strings = new List<StringRule>();
        var enums = new List<EnumRule>();
        var numbers = new List<NumberRule>();
        foreach (var rule in schema.Rules)
        {
            switch (rule)
            {
                case StringRule text when type == JsonType.String:
                    strings.Add(text);
                    break;
                case EnumRule values when type == JsonType.String:
                    enums.Add(values);
                    break;
                case NumberRule number when type == JsonType.Integer:
                    numbers.Add(number);
                    break;
                default:
                    return null; // a keyword the shortcut does not know: always the full check
            }
        }

        return new ParameterShortcut(type == JsonType.Integer, [.. strings], [.. enums], [.. numbers]);
    }

    public bool Accepts(string? raw)
    {
        if (raw is null)
        {
            return false;
        }

        if (_integer)
        {
            // The same conversion the full check makes (ParameterJson); a value it would take as decimal goes the long way.
            if (!long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                return false;
            }

            foreach (var number in _numbers)
            {
                if (!number.Accepts(integer))
                {
                    return false;
                }
            }

            return true;
        }

        // A lone surrogate cannot be written as JSON, so the full check refuses it; so does the shortcut.
        if (HasLoneSurrogate(raw))
        {
            return false;
        }

        foreach (var values in _enums)
        {
            if (!values.ContainsString(raw))
            {
                return false;
            }
        }

        foreach (var text in _strings)
        {
            if (!text.Accepts(raw))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
