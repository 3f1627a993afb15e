namespace Lumo.Sandbox.Engine.Orders;

/// <summary>
/// An SBP (NSPK) QR link: <c>https://qr.nspk.ru/&lt;32-char id&gt;?type=01|02&amp;bank=…&amp;sum=&lt;kopecks&gt;&amp;cur=RUB&amp;crc=…</c>.
/// The crc algorithm is not public, so it is never checked.
/// </summary>
internal sealed record NspkQrCode(string Link, string Id, string Type, decimal AmountRub)
{
    private const string Host = "qr.nspk.ru";
    private const string InvalidId = "qrCode has an invalid NSPK id (32 letters and digits starting with AS, AD, BS or BD)";
    private const string InvalidType = "qrCode type must be 01 (static) or 02 (dynamic)";
    private const string InvalidCurrency = "qrCode currency must be RUB";

    private static readonly System.Buffers.SearchValues<char> PlainIdChars = System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    private static readonly System.Buffers.SearchValues<char> PlainQueryChars = System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz=&");

    private const string CanonicalStart = "https://qr.nspk.ru/";

    /// <summary>Reads an NSPK link; false with the reason when it is not one.</summary>
    public static bool TryParse(string link, out NspkQrCode? qr, out string error) =>
        TryParseCanonical(link, out qr, out error) ?? TryParseUri(link, out qr, out error);

    /// <summary>
    /// The link as banks print it (lower-case scheme and host, a plain id, a query of letters, digits, <c>=</c> and
    /// <c>&amp;</c>) read without building a <see cref="Uri"/> and a query collection, which were most of a prepare's
    /// cost. Anything else (escapes, a port, a fragment, a repeated key, other characters) is null: the
    /// <see cref="Uri"/> reading decides it. Both readings give the same answer wherever this one answers.
    /// </summary>
    internal static bool? TryParseCanonical(string link, out NspkQrCode? qr, out string error)
    {
        qr = null;
        error = string.Empty;
        if (!link.StartsWith(CanonicalStart, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = link.AsSpan(CanonicalStart.Length);
        var queryAt = rest.IndexOf('?');
        var id = queryAt < 0 ? rest : rest[..queryAt];
        var query = queryAt < 0 ? [] : rest[(queryAt + 1)..];
        if (id.ContainsAnyExcept(PlainIdChars) || query.ContainsAnyExcept(PlainQueryChars))
        {
            return null;
        }

        ReadOnlySpan<char> type = default, cur = default, sum = default;
        bool hasType = false, hasCur = false, hasSum = false;
        foreach (var range in query.Split('&'))
        {
            var pair = query[range];
            var equals = pair.IndexOf('=');
            if (equals < 0)
            {
                continue; // a key without '=' is a value without a name to the query reader
            }

            var key = pair[..equals];
            var value = pair[(equals + 1)..];
            if (!(Take(key, "type", value, ref type, ref hasType) && Take(key, "cur", value, ref cur, ref hasCur) && Take(key, "sum", value, ref sum, ref hasSum)))
            {
                return null; // a repeated key: the query reader joins its values
            }
        }

        if (id.Length != 32 || !IsIdPrefix(id))
        {
            error = InvalidId;
            return false;
        }

        if (!hasType || type is not ("01" or "02"))
        {
            error = InvalidType;
            return false;
        }

        if (hasCur && !cur.SequenceEqual("RUB"))
        {
            error = InvalidCurrency;
            return false;
        }

        return Complete(link, id.ToString(), type is "01" ? "01" : "02", hasSum ? sum.ToString() : null, out qr, out error);
    }

    /// <summary>The general reading, through <see cref="Uri"/> and the query string parser.</summary>
    internal static bool TryParseUri(string link, out NspkQrCode? qr, out string error)
    {
        qr = null;
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps
            || !string.Equals(uri.Host, Host, StringComparison.OrdinalIgnoreCase))
        {
            error = "qrCode must be an NSPK link (https://qr.nspk.ru/...)";
            return false;
        }

        var id = uri.AbsolutePath.Trim('/');
        if (id.Length != 32 || !IsIdPrefix(id) || !id.All(char.IsAsciiLetterOrDigit))
        {
            error = InvalidId;
            return false;
        }

        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        var type = query["type"];
        if (type is not ("01" or "02"))
        {
            error = InvalidType;
            return false;
        }

        var cur = query["cur"];
        if (cur is not null && cur != "RUB")
        {
            error = InvalidCurrency;
            return false;
        }

        return Complete(link, id, type, query["sum"], out qr, out error);
    }

    private static bool Complete(string link, string id, string type, string? sum, out NspkQrCode? qr, out string error)
    {
        qr = null;
        if (sum is null)
        {
            error = type == "01"
                ? "qrCode is a static QR code without sum: the amount is unknown"
                : "qrCode sum is required for a dynamic QR code";
            return false;
        }

        if (!long.TryParse(sum, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var kopecks)
            || kopecks <= 0 || kopecks > 100_000_000_00)
        {
            error = "qrCode sum must be a positive whole number of kopecks";
            return false;
        }

        qr = new NspkQrCode(link, id, type, kopecks / 100m);
        error = string.Empty;
        return true;
    }

    // Keys are matched without case, as the query string parser matches them; false when the key came before.
    private static bool Take(ReadOnlySpan<char> key, string name, ReadOnlySpan<char> value, ref ReadOnlySpan<char> into, ref bool seen)
    {
        if (!key.Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (seen)
        {
            return false;
        }

        into = value;
        seen = true;
        return true;
    }

    private static bool IsIdPrefix(ReadOnlySpan<char> id) =>
        id.StartsWith("AS", StringComparison.Ordinal) || id.StartsWith("AD", StringComparison.Ordinal)
        || id.StartsWith("BS", StringComparison.Ordinal) || id.StartsWith("BD", StringComparison.Ordinal);
}
