using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Webhooks;

/// <summary>
/// One company's deliveries, oldest first, with its own lock (sends never take the company's lock). Events of
/// one resource form a chain: only the oldest unfinished one is sent, and the next goes out when it is
/// delivered or given up, so a receiver sees each resource's events in the order they happened; different
/// resources do not wait for each other. Bounded: beyond <c>capacity</c>, the oldest finished deliveries are
/// dropped (unfinished ones never are), so a week-long run does not grow.
/// </summary>
internal sealed class WebhookOutbox(int capacity, SandboxRandom eventIds)
{
    public const int DefaultCapacity = 1000;

    private readonly Lock _lock = new();
    private readonly LinkedList<WebhookDelivery> _deliveries = new();
    private readonly Dictionary<Guid, Queue<WebhookDelivery>> _unfinishedByResource = [];

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _deliveries.Count;
            }
        }
    }

    /// <summary>A new event id from the company's own seeded stream. Call under the company's lock.</summary>
    public Guid NextEventIdNeedsLock() => eventIds.NextGuid();

    /// <summary>Adds a delivery; true when it heads its resource's chain and is to be sent now.</summary>
    public bool Add(WebhookDelivery delivery)
    {
        lock (_lock)
        {
            _deliveries.AddLast(delivery);
            var first = !_unfinishedByResource.TryGetValue(delivery.ResourceId, out var chain);
            if (first)
            {
                chain = new Queue<WebhookDelivery>();
                _unfinishedByResource[delivery.ResourceId] = chain;
            }

            chain!.Enqueue(delivery);
            EvictNeedsLock();
            return first;
        }
    }

    public void MarkSending(WebhookDelivery delivery, DateTimeOffset at)
    {
        lock (_lock)
        {
            delivery.Status = WebhookDeliveryStatus.Sending;
            delivery.NextAttemptAt = at;
        }
    }

    /// <summary>
    /// Records an attempt that ended at <paramref name="now"/>. Answers when to try again (a failure with
    /// tries left), or, once the delivery is finished, the next delivery of the same resource to send.
    /// </summary>
    public WebhookOutcome Record(WebhookDelivery delivery, WebhookAttempt attempt, DateTimeOffset now)
    {
        lock (_lock)
        {
            delivery.Attempts.Add(attempt);
            if (!attempt.Succeeded && WebhookRetryPolicy.DelayAfter(delivery.Attempts.Count) is { } delay)
            {
                delivery.Status = WebhookDeliveryStatus.RetryScheduled;
                delivery.NextAttemptAt = now + delay;
                return new WebhookOutcome(delivery.NextAttemptAt, null);
            }

            delivery.Status = attempt.Succeeded ? WebhookDeliveryStatus.Delivered : WebhookDeliveryStatus.Failed;
            delivery.NextAttemptAt = null;
            var chain = _unfinishedByResource[delivery.ResourceId];
            chain.Dequeue(); // the finished delivery was the chain's head: only heads are ever sent
            WebhookDelivery? next = null;
            if (!chain.TryPeek(out next))
            {
                _unfinishedByResource.Remove(delivery.ResourceId);
            }

            EvictNeedsLock();
            return new WebhookOutcome(null, next);
        }
    }

    /// <summary>The newest delivery of the event, if it is still kept.</summary>
    public WebhookDelivery? FindNewest(Guid eventId)
    {
        lock (_lock)
        {
            for (var node = _deliveries.Last; node is not null; node = node.Previous)
            {
                if (node.Value.EventId == eventId)
                {
                    return node.Value;
                }
            }

            return null;
        }
    }

    /// <summary>The view of a delivery, taken under the lock.</summary>
    public WebhookDeliveryView ViewOf(WebhookDelivery delivery)
    {
        lock (_lock)
        {
            return WebhookDeliveryView.Of(delivery);
        }
    }

    /// <summary>The newest <paramref name="limit"/> deliveries as views, newest first.</summary>
    public void CopyNewest(int limit, List<WebhookDeliveryView> into)
    {
        lock (_lock)
        {
            for (var node = _deliveries.Last; node is not null && limit > 0; node = node.Previous, limit--)
            {
                into.Add(WebhookDeliveryView.Of(node.Value));
            }
        }
    }

    private void EvictNeedsLock()
    {
        var node = _deliveries.First;
        while (_deliveries.Count > capacity && node is not null)
        {
            var next = node.Next;
            if (node.Value.IsFinished)
            {
                _deliveries.Remove(node);
            }

            node = next;
        }
    }
}
