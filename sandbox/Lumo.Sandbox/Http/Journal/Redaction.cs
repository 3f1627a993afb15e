using System.Text.RegularExpressions;

namespace Lumo.Sandbox.Http.Journal;

/// <summary>Keeps secrets out of the journal: API keys in query strings, passwords and keys in bodies.</summary>
internal static partial class Redaction
{
    public const string Mask = "[redacted]";

    private static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase) { "X-API-Key", "Authorization", "Cookie", "X-Sandbox-Admin-Token" };

    /// <summary>The request's headers, names in lower case, secrets masked.</summary>
    public static KeyValuePair<string, string>[] Headers(IHeaderDictionary headers)
    {
        var copy = new KeyValuePair<string, string>[headers.Count];
        var i = 0;
        foreach (var (name, value) in headers)
        {
            copy[i++] = new(name.ToLowerInvariant(), SecretHeaders.Contains(name) ? Mask : value.ToString());
        }

        return copy;
    }

    public static string Query(string query) =>
        query.Contains("api_key", StringComparison.OrdinalIgnoreCase) ? QueryKey().Replace(query, "$1" + Mask) : query;

    public static string Body(string body) =>
        body.Contains("password", StringComparison.OrdinalIgnoreCase) || body.Contains("apiKey", StringComparison.OrdinalIgnoreCase)
            ? BodySecret().Replace(body, "$1\"" + Mask + "\"")
            : body;

    [GeneratedRegex("((?:^|[?&])api_key=)[^&]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QueryKey();

    [GeneratedRegex("(\"(?:password|apiKey)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodySecret();
}
