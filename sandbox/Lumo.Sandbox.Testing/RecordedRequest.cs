namespace Lumo.Sandbox.Testing;

/// <summary>A request the sandbox recorded (<c>GET /_sandbox/requests</c>); keys and passwords are redacted.</summary>
/// <param name="Time">Sandbox time when it was answered.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Request path, e.g. <c>/orders/prepare</c>.</param>
/// <param name="Query">Query string without <c>?</c>.</param>
/// <param name="Body">Request body, when there was one.</param>
/// <param name="Status">The status code answered (499 when the client went away first).</param>
/// <param name="DurationMs">Time spent answering, in milliseconds.</param>
/// <param name="CompanyId">The authenticated company, if any.</param>
/// <param name="OperationId">The OpenAPI operation it matched, if any.</param>
/// <param name="Headers">The request's headers, names in lower case (secrets redacted).</param>
public sealed record RecordedRequest(
    DateTimeOffset Time,
    string Method,
    string Path,
    string Query,
    string? Body,
    int Status,
    double DurationMs,
    Guid? CompanyId,
    string? OperationId,
    IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>The value of a request header (any case), or null.</summary>
    public string? Header(string name) =>
        Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>One line: time, method, path and query, status, operation.</summary>
    public override string ToString() =>
        $"{Time.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ} {Method} {Path}{(Query.Length > 0 ? "?" + Query : "")} -> {Status}{(OperationId is null ? "" : " (" + OperationId + ")")}";
}
