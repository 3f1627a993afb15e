namespace Lumo.Sandbox.Webhooks;

/// <summary>
/// One try to deliver an event: when it started (sandbox time), the receiver's status code (null when no
/// answer came) or the transport error, and how long it took in wall-clock milliseconds.
/// </summary>
internal sealed record WebhookAttempt(DateTimeOffset At, int? StatusCode, string? Error, int DurationMs)
{
    /// <summary>Any 2xx answer is a delivery; everything else (other statuses, no answer) is tried again.</summary>
    public bool Succeeded => StatusCode is >= 200 and <= 299;
}
