using System.Diagnostics;
using Lumo.Sandbox.Engine;
using Lumo.Sandbox.Http.Api;
using Lumo.Sandbox.Readiness;

namespace Lumo.Sandbox.Http.Journal;

/// <summary>
/// Times each request, records it in the <see cref="RequestJournal"/> and queues one line for the request log
/// (<see cref="RequestLogWriter"/>; its level is the logging category <c>Lumo.Sandbox.Requests</c>, so a load run
/// can turn it down without losing errors elsewhere).
/// The entry is recorded when the response starts, before the client can read it, so a test that asks the
/// journal right after a call always finds that call.
/// </summary>
internal sealed class JournalMiddleware(RequestDelegate next, RequestJournal journal, ReadinessObserver readiness, EngineRuntime runtime, ILoggerFactory loggers, RequestLogWriter log)
{
    /// <summary>A request aborted by the client before any answer.</summary>
    private const int ClientClosedRequest = 499;

    private static readonly Func<object, Task> RecordOnStart = state =>
    {
        var feature = (JournalFeature)state;
        feature.RecordNow(feature.Http!.Response.StatusCode);
        return Task.CompletedTask;
    };

    private readonly ILogger _requests = loggers.CreateLogger("Lumo.Sandbox.Requests");

    public async Task InvokeAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var feature = new JournalFeature();
        http.Features.Set(feature);
        var consolePoll = IsConsolePoll(http.Request);
        var journaled = !consolePoll && !http.Request.Path.StartsWithSegments("/_sandbox/requests", StringComparison.Ordinal);
        if (journaled)
        {
            feature.Headers = Redaction.Headers(http.Request.Headers, out var headerBytes);
            feature.HeaderBytes = headerBytes;
            feature.JournalWith(this, http, started);
            http.Response.OnStarting(RecordOnStart, feature);
        }

        try
        {
            await next(http);
        }
        finally
        {
            // HasStarted first: asking Kestrel for RequestAborted makes it create a cancellation source for the request.
            var status = !http.Response.HasStarted && http.RequestAborted.IsCancellationRequested ? ClientClosedRequest : http.Response.StatusCode;
            // An answer not started yet is started by Kestrel after this (OnStarting records it then); an aborted
            // request gets no answer at all, so it is recorded here.
            if (journaled && !feature.Recorded && (http.Response.HasStarted || http.RequestAborted.IsCancellationRequested))
            {
                Record(http, feature, started, status);
            }

            if (!consolePoll && _requests.IsEnabled(LogLevel.Information))
            {
                log.TryWrite(http.Request.Method, http.Request.Path.Value ?? "/", feature.OperationId ?? "-", status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }

    internal void Record(HttpContext http, JournalFeature feature, long started, int status)
    {
        if (feature.Recorded)
        {
            return;
        }

        feature.Recorded = true;
        var request = http.Request;
        var now = runtime.Current.Now;
        journal.Record(new JournalRecord(
            now,
            request.Method,
            request.Path.Value ?? "/",
            Redaction.Query((request.QueryString.Value ?? string.Empty).TrimStart('?')),
            feature.Body is null ? null : Redaction.Body(feature.Body),
            status,
            Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3),
            feature.CompanyId,
            feature.OperationId,
            feature.Headers));
        if (feature.OperationId is { } operationId && !request.Path.StartsWithSegments("/_sandbox", StringComparison.Ordinal))
        {
            readiness.Observe(Exchange(http, feature, operationId, now, status));
        }
    }

    // What the integrator's client did and saw, for the readiness report (control calls are the test's, not the client's).
    private static ObservedExchange Exchange(HttpContext http, JournalFeature feature, string operationId, DateTimeOffset now, int status) => new()
    {
        At = now,
        Method = http.Request.Method,
        Path = http.Request.Path.Value ?? "/",
        Query = (http.Request.QueryString.Value ?? string.Empty).TrimStart('?'),
        OperationId = operationId,
        Status = status,
        CompanyId = feature.CompanyId ?? (feature.Answer as Engine.Companies.LoginView)?.Company.Id,
        RouteId = http.Request.RouteValues.TryGetValue("id", out var id) ? id as string : null,
        IdempotencyKey = http.Request.Headers.TryGetValue(OrdersApi.IdempotencyKeyHeader, out var key) && key.Count > 0 ? key.ToString() : null,
        Replayed = http.Response.Headers.TryGetValue(OrdersApi.ReplayedHeader, out var replayed) && replayed == "true",
        Answer = feature.Answer,
        ErrorMessage = feature.ErrorMessage,
    };

    // The console page (/_sandbox/ui) reads five lists a second; its reads would push the integrator's own
    // requests out of the journal and flood the request log, so they are neither recorded nor logged (its
    // actions, POSTs, are).
    private static bool IsConsolePoll(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Headers.ContainsKey("X-Sandbox-Console");
}
