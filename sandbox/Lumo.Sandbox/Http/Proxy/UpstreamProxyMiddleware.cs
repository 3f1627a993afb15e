using System.Text;
using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Contract.Validation;
using Lumo.Sandbox.Drift;
using Lumo.Sandbox.Http.Errors;
using Lumo.Sandbox.Http.Journal;

namespace Lumo.Sandbox.Http.Proxy;

/// <summary>
/// Proxy mode: a call to a public API operation, or to a path the document lacks, goes to the upstream and its
/// answer comes back unchanged; on the way both directions are checked against the document into the
/// <see cref="DriftLog"/>. The control API, docs, the OpenAPI document and the console stay local.
/// Runs after routing, so it knows the operation a call is for.
/// </summary>
internal sealed partial class UpstreamProxyMiddleware(RequestDelegate next, UpstreamClient upstream, ExchangeChecker checker, DriftLog drift, ILogger<UpstreamProxyMiddleware> logger)
{
    private static readonly string[] LocalPrefixes = ["/_sandbox", "/docs", "/openapi.json", "/openapi.yaml"];

    public async Task InvokeAsync(HttpContext http)
    {
        if (IsLocal(http.Request.Path))
        {
            await next(http);
            return;
        }

        var operation = http.GetEndpoint()?.Metadata.GetMetadata<OperationDescriptor>();
        await ForwardAsync(http, operation);
    }

    private static bool IsLocal(PathString path) => LocalPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    private async Task ForwardAsync(HttpContext http, OperationDescriptor? operation)
    {
        var request = http.Request;
        var method = request.Method;
        var path = request.Path.Value ?? "/";
        var pathTemplate = operation?.PathTemplate ?? path;
        var journal = http.Features.Get<JournalFeature>();
        journal?.OperationId = operation?.OperationId;

        var body = await ReadBodyAsync(request, http.RequestAborted);
        if (journal is not null && body.Length > 0)
        {
            journal.Body = Encoding.UTF8.GetString(body);
        }

        var secrets = Secrets(request);
        var mismatches = new List<Mismatch>();
        if (operation is not null)
        {
            var parameters = new RequestParameters(request.RouteValues, request.Query, request.Headers);
            mismatches.AddRange(checker.CheckRequest(operation, parameters.Get, request.ContentType, body));
        }

        var pathAndQuery = path + request.QueryString.Value;
        UpstreamAnswer answer;
        try
        {
            using var message = ToUpstream(request, upstream.Target(pathAndQuery), body);
            answer = await upstream.SendAsync(message, http.RequestAborted);
        }
        catch (UpstreamException ex)
        {
            LogUpstreamFailed(logger, method, path, ex.StatusCode, ex.Message);
            drift.RecordFailure(operation?.OperationId, method, pathTemplate, ex.StatusCode, ex.Message);
            throw new ApiException(ex.StatusCode, ex.Message);
        }

        var checkedBody = ContentDecoding.Decode(answer.Body, answer.Headers);
        if (operation is null)
        {
            // 404 and 405: the upstream lacks it too, so the two agree; anything else is an operation the document misses.
            if (answer.Status is not (StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed))
            {
                mismatches.Add(new Mismatch(DriftKind.UndocumentedOperation, JsonPathText.Root, JsonPathText.Root, "an operation of the document", $"{method} {path}"));
            }
        }
        else
        {
            mismatches.AddRange(checker.CheckResponse(operation, answer.Status, answer.ContentType, checkedBody));
        }

        var shownPath = path + (request.QueryString.HasValue ? "?" + Redaction.Query(request.QueryString.Value!.TrimStart('?')) : string.Empty);
        drift.Record(operation?.OperationId, method, pathTemplate, answer.Status, mismatches,
            () => DriftExample.Of(method, shownPath, answer.Status, answer.ContentType, checkedBody, secrets));
        await WriteAsync(http.Response, answer, http.RequestAborted);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken aborted)
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any()))
        {
            return [];
        }

        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, aborted);
        return copy.ToArray();
    }

    private static HttpRequestMessage ToUpstream(HttpRequest request, Uri target, byte[] body)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), target);
        if (body.Length > 0)
        {
            message.Content = new ByteArrayContent(body);
        }

        foreach (var (name, values) in request.Headers)
        {
            if (UpstreamClient.IsHopByHop(name) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!message.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        return message;
    }

    private static async Task WriteAsync(HttpResponse response, UpstreamAnswer answer, CancellationToken aborted)
    {
        response.StatusCode = answer.Status;
        foreach (var (name, values) in answer.Headers)
        {
            response.Headers[name] = values;
        }

        response.ContentLength = answer.Body.Length;
        // Started even when empty, so that the error-shape middleware leaves the upstream's bodiless answer alone.
        await response.StartAsync(aborted);
        if (answer.Body.Length > 0)
        {
            await response.Body.WriteAsync(answer.Body, aborted);
        }
    }

    // The caller's credentials, to be masked wherever the call is shown.
    private static List<string> Secrets(HttpRequest request)
    {
        var secrets = new List<string>();
        foreach (var header in new[] { "X-API-Key", "Authorization", "X-Sandbox-Admin-Token" })
        {
            if (request.Headers.TryGetValue(header, out var values))
            {
                foreach (var value in values)
                {
                    if (value is { Length: > 0 })
                    {
                        secrets.Add(value);
                        if (value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                        {
                            secrets.Add(value[7..].Trim());
                        }
                    }
                }
            }
        }

        if (request.Query.TryGetValue("api_key", out var keys))
        {
            secrets.AddRange(keys.Where(k => k is { Length: > 0 })!);
        }

        return secrets;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upstream call {Method} {Path} failed with {StatusCode}: {Reason}")]
    private static partial void LogUpstreamFailed(ILogger logger, string method, string path, int statusCode, string reason);
}
