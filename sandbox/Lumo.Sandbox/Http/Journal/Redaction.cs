using System.Text.RegularExpressions;

namespace Lumo.Sandbox.Http.Journal;

/// <summary>Keeps secrets out of the journal: API keys in query strings, passwords and keys in bodies.</summary>
internal static partial class Redaction
{
    public const string Mask = "[redacted]";

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
