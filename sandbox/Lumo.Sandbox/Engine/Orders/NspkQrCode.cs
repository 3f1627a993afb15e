namespace Lumo.Sandbox.Engine.Orders;

/// <summary>
/// An SBP (NSPK) QR link: <c>https://qr.nspk.ru/&lt;32-char id&gt;?type=01|02&amp;bank=…&amp;sum=&lt;kopecks&gt;&amp;cur=RUB&amp;crc=…</c>.
/// The crc algorithm is not public, so it is never checked.
/// </summary>
internal sealed record NspkQrCode(string Link, string Id, string Type, decimal AmountRub)
{
    private const string Host = "qr.nspk.ru";

    public static bool TryParse(string link, out NspkQrCode? qr, out string error)
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
            error = "qrCode has an invalid NSPK id (32 letters and digits starting with AS, AD, BS or BD)";
            return false;
        }

        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        var type = query["type"];
        if (type is not ("01" or "02"))
        {
            error = "qrCode type must be 01 (static) or 02 (dynamic)";
            return false;
        }

        var cur = query["cur"];
        if (cur is not null && cur != "RUB")
        {
            error = "qrCode currency must be RUB";
            return false;
        }

        var sum = query["sum"];
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

    private static bool IsIdPrefix(string id) =>
        id.StartsWith("AS", StringComparison.Ordinal) || id.StartsWith("AD", StringComparison.Ordinal)
        || id.StartsWith("BS", StringComparison.Ordinal) || id.StartsWith("BD", StringComparison.Ordinal);
}
