using System.Buffers.Binary;
using System.Collections.Concurrent;
using Lumo.Sandbox.Engine;
using Lumo.Sandbox.Engine.Companies;
using Lumo.Sandbox.Engine.Events;
using Lumo.Sandbox.Engine.Support;
using Lumo.Sandbox.Readiness;

namespace Lumo.Sandbox.Webhooks;

/// <summary>
/// Turns one engine's domain events into webhook deliveries. <see cref="Publish"/> runs under the company's
/// lock, so it only enqueues: it snapshots the company's webhookUrl and secret, writes and signs the body once
/// and hands the delivery to the <see cref="WebhookDispatcher"/>. The engine is rebuilt on reset, and its
/// deliveries go with it.
/// </summary>
internal sealed class WebhookEventSink : IEventSink
{
    private readonly SandboxEngine _engine;
    private readonly WebhookDispatcher _dispatcher;
    private readonly int _capacity;
    private readonly ConcurrentDictionary<Guid, WebhookOutbox> _outboxes = new();
    private long _sequence;

    public WebhookEventSink(SandboxEngine engine, WebhookSender sender, ILogger logger, int capacity = WebhookOutbox.DefaultCapacity, ReadinessObserver? readiness = null)
    {
        _engine = engine;
        _capacity = capacity;
        _dispatcher = new WebhookDispatcher(engine.Scheduler, sender, logger, readiness);
    }

    public void Publish(CompanyState company, DomainEvent domainEvent)
    {
        var url = company.WebhookUrl;
        if (string.IsNullOrEmpty(url))
        {
            return; // no receiver, no delivery: events are not kept for a URL set later
        }

        var outbox = _outboxes.GetOrAdd(company.Id, NewOutbox);
        var eventId = outbox.NextEventIdNeedsLock();
        var body = WebhookEventBody.Write(eventId, domainEvent);
        var delivery = NewDelivery(company, eventId, domainEvent.Type, domainEvent.ResourceId, url, body, domainEvent.CreatedAt);
        Enqueue(outbox, delivery);
        if (company.DeliverWebhooksTwice)
        {
            // The same event again, after the first is finished: how a receiver's handling of repeats is tested.
            Enqueue(outbox, NewDelivery(company, eventId, domainEvent.Type, domainEvent.ResourceId, url, body, domainEvent.CreatedAt));
        }
    }

    /// <summary>
    /// Sends an event again: the same event id and body in a new delivery, signed with the company's current
    /// secret and sent to its current webhookUrl (the original URL when it has none now). Answers the new delivery
    /// once its first attempt is settled; null: no such event is kept.
    /// </summary>
    public async Task<WebhookDeliveryView?> RedeliverAsync(Guid eventId)
    {
        foreach (var (companyId, outbox) in _outboxes)
        {
            if (outbox.FindNewest(eventId) is not { } original)
            {
                continue;
            }

            var company = _engine.Companies.FindById(companyId);
            if (company is null)
            {
                return null;
            }

            WebhookDelivery copy;
            lock (company.Lock)
            {
                var url = string.IsNullOrEmpty(company.WebhookUrl) ? original.Url : company.WebhookUrl;
                copy = NewDelivery(company, eventId, original.Type, original.ResourceId, url, original.Body, original.CreatedAt);
            }

            Enqueue(outbox, copy);
            await SettleAsync();
            return outbox.ViewOf(copy);
        }

        return null;
    }

    private WebhookDelivery NewDelivery(CompanyState company, Guid eventId, string type, Guid resourceId, string url, byte[] body, DateTimeOffset createdAt) => new()
    {
        EventId = eventId,
        Type = type,
        CompanyId = company.Id,
        ResourceId = resourceId,
        Url = url,
        Body = body,
        Signature = WebhookSignature.Compute(company.WebhookSecret, body),
        CreatedAt = createdAt,
        Sequence = Interlocked.Increment(ref _sequence),
    };

    private void Enqueue(WebhookOutbox outbox, WebhookDelivery delivery)
    {
        if (outbox.Add(delivery))
        {
            _dispatcher.Start(outbox, delivery);
        }
    }

    public Task SettleAsync() => _dispatcher.SettleAsync();

    /// <summary>The newest deliveries, of one company or all, newest first.</summary>
    public IReadOnlyList<WebhookDeliveryView> List(Guid? companyId, int limit)
    {
        var views = new List<WebhookDeliveryView>();
        foreach (var (id, outbox) in _outboxes)
        {
            if (companyId is null || companyId == id)
            {
                outbox.CopyNewest(limit, views);
            }
        }

        views.Sort((a, b) => b.Sequence.CompareTo(a.Sequence));
        return views.Count > limit ? views.GetRange(0, limit) : views;
    }

    // Event ids come from a stream of their own per company (seeded from the scenario seed and the company id),
    // so setting a webhookUrl does not shift the ids of the company's quotes and orders.
    private WebhookOutbox NewOutbox(Guid companyId)
    {
        Span<byte> bytes = stackalloc byte[16];
        companyId.TryWriteBytes(bytes);
        var seed = _engine.Scenario.Seed;
        for (var i = 0; i < bytes.Length; i += 4)
        {
            seed = unchecked((seed * 31) + BinaryPrimitives.ReadInt32LittleEndian(bytes[i..]));
        }

        return new WebhookOutbox(_capacity, new SandboxRandom(seed));
    }
}
