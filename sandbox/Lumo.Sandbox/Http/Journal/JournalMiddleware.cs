using System.Diagnostics;
using Lumo.Sandbox.Engine;

namespace Lumo.Sandbox.Http.Journal;

/// <summary>
/// Times each request, records it in the <see cref="RequestJournal"/> and queues one line for the request log
/// (<see cref="RequestLogWriter"/>; its level is the logging category <c>Lumo.Sandbox.Requests</c>, so a load run
/// can turn it down without losing errors elsewhere).
/// The entry is recorded when the response starts, before the client can read it, so a test that asks the
/// journal right after a call always finds that call.
/// </summary>
internal sealed class JournalMiddleware(RequestDelegate next, RequestJournal journal, EngineRuntime runtime, ILoggerFactory loggers, RequestLogWriter log)
{
    /// <summary>A request aborted by the client before any answer.</summary>
    private const int ClientClosedRequest = 499;

    private static readonly Func<object, Task> RecordOnStart = state =>
    {
        var recording = (Recording)state;
        recording.Middleware.Record(recording.Http, recording.Feature, recording.Started, recording.Http.Response.StatusCode);
        return Task.CompletedTask;
    };

    private readonly ILogger _requests = loggers.CreateLogger("Lumo.Sandbox.Requests");

    public async Task InvokeAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var feature = new JournalFeature();
        http.Features.Set(feature);
        var journaled = !http.Request.Path.StartsWithSegments("/_sandbox/requests", StringComparison.Ordinal) && !IsConsolePoll(http.Request);
        if (journaled)
        {
            http.Response.OnStarting(RecordOnStart, new Recording(this, http, feature, started));
        }

        try
        {
            await next(http);
        }
        finally
        {
            var status = http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted ? ClientClosedRequest : http.Response.StatusCode;
            // An answer not started yet is started by Kestrel after this (OnStarting records it then); an aborted
            // request gets no answer at all, so it is recorded here.
            if (journaled && !feature.Recorded && (http.Response.HasStarted || http.RequestAborted.IsCancellationRequested))
            {
                Record(http, feature, started, status);
            }

            if (!IsConsolePoll(http.Request) && _requests.IsEnabled(LogLevel.Information))
            {
                log.TryWrite(http.Request.Method, http.Request.Path.Value ?? "/", feature.OperationId ?? "-", status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }

    private void Record(HttpContext http, JournalFeature feature, long started, int status)
    {
        if (feature.Recorded)
        {
            return;
        }

        feature.Recorded = true;
        var request = http.Request;
        journal.Record(new JournalRecord(
            runtime.Current.Now,
            request.Method,
            request.Path.Value ?? "/",
            Redaction.Query((request.QueryString.Value ?? string.Empty).TrimStart('?')),
            feature.Body is null ? null : Redaction.Body(feature.Body),
            status,
            Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3),
            feature.CompanyId,
            feature.OperationId));
    }

    // The console page (/_sandbox/ui) reads five lists a second; its reads would push the integrator's own
    // requests out of the journal and flood the request log, so they are neither recorded nor logged (its
    // actions, POSTs, are).
    private static bool IsConsolePoll(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Headers.ContainsKey("X-Sandbox-Console");

    private sealed record Recording(JournalMiddleware Middleware, HttpContext Http, JournalFeature Feature, long Started);
}
