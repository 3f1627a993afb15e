using Lumo.Sandbox.Engine.Clock;
using Lumo.Sandbox.Readiness;

namespace Lumo.Sandbox.Webhooks;

/// <summary>
/// Runs one engine's delivery attempts: each starts at once on the thread pool (never under a company lock),
/// its outcome is recorded in the outbox, a retry is scheduled on the engine's scheduler at sandbox time, and a
/// finished delivery releases the next event of its resource.
/// </summary>
internal sealed partial class WebhookDispatcher(Scheduler scheduler, WebhookSender sender, ILogger logger, ReadinessObserver? readiness = null)
{
    private readonly WebhookInFlight _inFlight = new();

    /// <summary>
    /// How long <see cref="SettleAsync"/> waits at most. Attempts are bounded by the send timeout; a resource
    /// whose event is delivered or given up starts the next, so allow a few of them in a row.
    /// </summary>
    private TimeSpan SettleLimit => sender.Timeout * 3;

    /// <summary>Starts an attempt now. Callers may hold a company lock or be running the scheduler: this only enqueues.</summary>
    public void Start(WebhookOutbox outbox, WebhookDelivery delivery)
    {
        var at = scheduler.Clock.GetUtcNow();
        outbox.MarkSending(delivery, at);
        _inFlight.Enter();
        _ = Task.Run(() => AttemptAsync(outbox, delivery, at));
    }

    /// <summary>Waits until no attempt is in flight (bounded), so what follows sees a settled state.</summary>
    public async Task SettleAsync()
    {
        try
        {
            await _inFlight.WhenIdle().WaitAsync(SettleLimit);
        }
        catch (TimeoutException)
        {
            // Still sending: answer with what is known rather than hold the caller any longer.
        }
    }

    private async Task AttemptAsync(WebhookOutbox outbox, WebhookDelivery delivery, DateTimeOffset at)
    {
        try
        {
            var attempt = await sender.SendAsync(delivery, at);
            var outcome = outbox.Record(delivery, attempt, scheduler.Clock.GetUtcNow());
            // The receiver's answer is what the integrator's code did: the readiness report counts it.
            readiness?.Observe(new ObservedDelivery(attempt.At, delivery.CompanyId, delivery.EventId, delivery.Type, delivery.Url, attempt.StatusCode ?? 0, delivery.Body));
            if (outcome.RetryAt is { } due)
            {
                scheduler.Schedule(due, () => Start(outbox, delivery));
            }

            if (outcome.Next is { } next)
            {
                Start(outbox, next); // before Exit below, so a settled state includes the follower
            }
        }
#pragma warning disable CA1031 // a bug here must not become an unobserved task exception; it is logged
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogAttemptFailed(logger, ex, delivery.EventId);
        }
        finally
        {
            _inFlight.Exit();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery {EventId} could not be recorded")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, Guid eventId);
}
