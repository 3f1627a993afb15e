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
public sealed record RecordedRequest(
    DateTimeOffset Time,
    string Method,
    string Path,
    string Query,
    string? Body,
    int Status,
    double DurationMs,
    Guid? CompanyId,
    string? OperationId);
