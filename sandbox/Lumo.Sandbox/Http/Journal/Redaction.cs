using System.Buffers;
using System.Text.RegularExpressions;

namespace Lumo.Sandbox.Http.Journal;

/// <summary>Keeps secrets out of the journal: API keys in query strings, passwords and keys in bodies.</summary>
internal static partial class Redaction
{
    public const string Mask = "[redacted]";

    private static readonly string[] SecretHeaderNames = ["X-API-Key", "Authorization", "Cookie", "X-Sandbox-Admin-Token"];

    // The copy last made on this thread. A request whose headers equal it (a client polling, a load of alike
    // requests) shares that copy instead of adding one more to the journal's ring; copies are never changed.
    [ThreadStatic]
    private static KeyValuePair<string, string>[]? t_previousHeaders;

    // One vectorized pass over the body for either name, instead of one case-insensitive search per name.
    private static readonly SearchValues<string> SecretBodyNames = SearchValues.Create(["password", "apiKey"], StringComparison.OrdinalIgnoreCase);

    // Lower-case names of the headers clients send most, looked up without case: the journal copies every request's
    // headers, and lower-casing each name anew was most of that copy's cost. The secret ones are all here.
    private static readonly Dictionary<string, (string Lower, bool Secret)> KnownHeaders = KnownHeaderTable();

    /// <summary>
    /// The request's headers, names in lower case, secrets masked; and their size as
    /// <see cref="Errors.RequestHeadLimits"/> counts it, from the same pass over them.
    /// </summary>
    public static KeyValuePair<string, string>[] Headers(IHeaderDictionary headers, out int headerBytes)
    {
        var previous = t_previousHeaders;
        var count = headers.Count;
        var same = previous is not null && previous.Length == count;
        KeyValuePair<string, string>[]? copy = same ? null : new KeyValuePair<string, string>[count];
        var i = 0;
        headerBytes = 0;
        foreach (var (name, value) in headers)
        {
            headerBytes += Errors.RequestHeadLimits.BytesOf(name, value);
            var (lower, secret) = KnownHeaders.TryGetValue(name, out var known) ? known : (name.ToLowerInvariant(), false);
            var kept = secret ? Mask : value.ToString();
            if (copy is null)
            {
                if (string.Equals(previous![i].Key, lower, StringComparison.Ordinal) && string.Equals(previous[i].Value, kept, StringComparison.Ordinal))
                {
                    i++;
                    continue;
                }

                copy = new KeyValuePair<string, string>[count];
                Array.Copy(previous, copy, i);
            }

            copy[i++] = new(lower, kept);
        }

        if (copy is null)
        {
            return previous!;
        }

        t_previousHeaders = copy;
        return copy;
    }

    public static string Query(string query) =>
        query.Contains("api_key", StringComparison.OrdinalIgnoreCase) ? QueryKey().Replace(query, "$1" + Mask) : query;

    public static string Body(string body) =>
        body.AsSpan().ContainsAny(SecretBodyNames)
            ? BodySecret().Replace(body, "$1\"" + Mask + "\"")
            : body;

    [GeneratedRegex("((?:^|[?&])api_key=)[^&]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QueryKey();

    [GeneratedRegex("(\"(?:password|apiKey)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodySecret();

    private static Dictionary<string, (string Lower, bool Secret)> KnownHeaderTable()
    {
        string[] common =
        [
            "Host", "Accept", "Accept-Encoding", "Accept-Language", "Cache-Control", "Connection", "Content-Length",
            "Content-Type", "Origin", "Referer", "User-Agent", "Idempotency-Key", "Traceparent", "X-Request-Id",
            "X-Sandbox-Console", "X-Forwarded-For", "X-Forwarded-Proto", "Expect",
        ];
        var table = new Dictionary<string, (string Lower, bool Secret)>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in common)
        {
            table[name] = (name.ToLowerInvariant(), false);
        }

        foreach (var name in SecretHeaderNames)
        {
            table[name] = (name.ToLowerInvariant(), true);
        }

        return table;
    }
}
