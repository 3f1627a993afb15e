using System.Globalization;
using System.Text.RegularExpressions;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>Checks for the string formats of <see cref="StringFormat"/>, on spans so nothing is allocated.</summary>
internal static partial class StringFormats
{
    public static StringFormat Parse(string? format) => format switch
    {
        "uuid" => StringFormat.Uuid,
        "email" => StringFormat.Email,
        "date-time" => StringFormat.DateTime,
        "date" => StringFormat.Date,
        "uri" or "url" => StringFormat.Uri,
        _ => StringFormat.None,
    };

    /// <summary>The class-validator style message suffix for a format.</summary>
    public static string Message(StringFormat format) => format switch
    {
        StringFormat.Uuid => " must be a UUID",
        StringFormat.Email => " must be an email",
        StringFormat.DateTime or StringFormat.Date => " must be a valid ISO 8601 date string",
        StringFormat.Uri => " must be a URL address",
        _ => string.Empty,
    };

    public static bool IsValid(StringFormat format, ReadOnlySpan<char> text) => format switch
    {
        StringFormat.Uuid => IsUuid(text),
        StringFormat.Email => IsEmail(text),
        StringFormat.DateTime => IsDateTime(text),
        StringFormat.Date => IsFullDate(text),
        StringFormat.Uri => IsUri(text),
        _ => true,
    };

    /// <summary>8-4-4-4-12 hex digits, any version, either case (Guid parsing would also accept braces and spaces).</summary>
    public static bool IsUuid(ReadOnlySpan<char> text)
    {
        if (text.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var ok = i is 8 or 13 or 18 or 23 ? text[i] == '-' : char.IsAsciiHexDigit(text[i]);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsEmail(ReadOnlySpan<char> text)
    {
        var at = text.LastIndexOf('@');
        if (at is < 1 or > 64 || text.Length > 254)
        {
            return false;
        }

        try
        {
            return EmailRegex().IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>RFC 3339 date-time: 2024-05-01T12:30:00(.123)?(Z|+03:00).</summary>
    public static bool IsDateTime(ReadOnlySpan<char> text)
    {
        if (text.Length < 20 || !IsFullDate(text[..10]) || text[10] is not ('T' or 't'))
        {
            return false;
        }

        if (!TwoDigits(text, 11, 23) || text[13] != ':' || !TwoDigits(text, 14, 59) || text[16] != ':' || !TwoDigits(text, 17, 60))
        {
            return false;
        }

        var i = 19;
        if (text[i] == '.')
        {
            var start = ++i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        var offset = text[i..];
        return offset is "Z" or "z"
            || (offset.Length == 6 && offset[0] is ('+' or '-') && TwoDigits(offset, 1, 23) && offset[3] == ':' && TwoDigits(offset, 4, 59));
    }

    /// <summary>RFC 3339 full-date with a real calendar day (no 2023-02-29).</summary>
    public static bool IsFullDate(ReadOnlySpan<char> text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !TwoDigits(text, 5, 12) || !TwoDigits(text, 8, 31))
        {
            return false;
        }

        var month = ((text[5] - '0') * 10) + (text[6] - '0');
        var day = ((text[8] - '0') * 10) + (text[9] - '0');
        var leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        var days = month == 2 ? (leap ? 29 : 28) : month is 4 or 6 or 9 or 11 ? 30 : 31;
        return month >= 1 && day >= 1 && day <= days;
    }

    /// <summary>An absolute URI with an explicit scheme ("/path" would pass Uri.TryCreate as file:// on Unix).</summary>
    public static bool IsUri(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        if (colon < 1 || !char.IsAsciiLetter(text[0]) || text.ContainsAny(" \t\r\n"))
        {
            return false;
        }

        foreach (var c in text[..colon])
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return Uri.TryCreate(text.ToString(), UriKind.Absolute, out _);
    }

    private static bool TwoDigits(ReadOnlySpan<char> text, int at, int max) =>
        char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1])
        && ((text[at] - '0') * 10) + (text[at + 1] - '0') <= max;

    // Close to validator.js isEmail defaults: dot-atom local part, hostname labels, alphabetic TLD.
    [GeneratedRegex(
        """^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$""",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 100)]
    private static partial Regex EmailRegex();
}
