using System.Diagnostics;
using Lumo.Sandbox.Engine;

namespace Lumo.Sandbox.Http.Journal;

/// <summary>
/// Times each request, records it in the <see cref="RequestJournal"/> and writes one structured log line
/// (category <c>Lumo.Sandbox.Requests</c>, so a load run can turn it down without losing errors elsewhere).
/// </summary>
internal sealed partial class JournalMiddleware(RequestDelegate next, RequestJournal journal, EngineRuntime runtime, ILoggerFactory loggers)
{
    private readonly ILogger _requests = loggers.CreateLogger("Lumo.Sandbox.Requests");

    public async Task InvokeAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var feature = new JournalFeature();
        http.Features.Set(feature);
        try
        {
            await next(http);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var request = http.Request;
            var status = http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted ? 499 : http.Response.StatusCode;
            var consolePoll = IsConsolePoll(request);
            if (!request.Path.StartsWithSegments("/_sandbox/requests", StringComparison.Ordinal) && !consolePoll)
            {
                journal.Record(new JournalRecord(
                    runtime.Current.Now,
                    request.Method,
                    request.Path.Value ?? "/",
                    Redaction.Query((request.QueryString.Value ?? string.Empty).TrimStart('?')),
                    feature.Body is null ? null : Redaction.Body(feature.Body),
                    status,
                    Math.Round(elapsed, 3),
                    feature.CompanyId,
                    feature.OperationId));
            }

            if (!consolePoll && _requests.IsEnabled(LogLevel.Information))
            {
                LogRequest(_requests, request.Method, request.Path.Value ?? "/", feature.OperationId ?? "-", status, elapsed);
            }
        }
    }

    // The console page (/_sandbox/ui) reads five lists a second; its reads would push the integrator's own
    // requests out of the journal and flood the request log, so they are neither recorded nor logged (its
    // actions, POSTs, are).
    private static bool IsConsolePoll(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Headers.ContainsKey("X-Sandbox-Console");

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} {OperationId} -> {StatusCode} in {ElapsedMs:0.000} ms")]
    private static partial void LogRequest(ILogger logger, string method, string path, string operationId, int statusCode, double elapsedMs);
}
