using Lumo.Sandbox.Http.Errors;
using Lumo.Sandbox.Http.Journal;
using Lumo.Sandbox.Scenarios;

namespace Lumo.Sandbox.Http.Pipeline;

/// <summary>
/// Applies a scenario's HTTP-level fault to a request: a wall-clock delay, a dropped connection, or an error
/// status in the API's shape (with Retry-After). Delays use real time even with the virtual clock: they exist
/// to trip the integrator's client time-outs.
/// </summary>
internal static class FaultInjector
{
    /// <summary>The status the journal gives a request whose connection was dropped (nginx's "client closed request").</summary>
    private const int ClientClosedRequest = 499;

    /// <summary>Applies the fault; true when the request has been answered (or dropped) and must go no further.</summary>
    public static async ValueTask<bool> ApplyAsync(HttpContext http, FaultSpec fault)
    {
        if (fault.Delay > TimeSpan.Zero)
        {
            await Task.Delay(fault.Delay, TimeProvider.System, http.RequestAborted);
        }

        if (fault.DropConnection)
        {
            // Recorded before the connection goes: the client may retry at once, and its retry must come after this.
            http.Features.Get<JournalFeature>()?.RecordNow(ClientClosedRequest);
            http.Abort();
            return true;
        }

        if (fault.Status is { } status)
        {
            throw new ApiException(status, fault.Message ?? DefaultMessage(status)) { RetryAfterSeconds = (int?)fault.RetryAfter?.TotalSeconds };
        }

        return false;
    }

    private static string DefaultMessage(int status) => status switch
    {
        StatusCodes.Status429TooManyRequests => "Too many requests, retry later",
        StatusCodes.Status503ServiceUnavailable => "Service temporarily unavailable",
        _ => "Scenario fault",
    };
}
