using System.Text;
using Lumo.Sandbox.Engine.Support;
using Lumo.Sandbox.Webhooks;

namespace Lumo.Sandbox.Tests.Webhooks;

/// <summary>The per-company outbox: bounded, never losing unfinished deliveries, releasing a resource's events in order.</summary>
public sealed class WebhookOutboxTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private long _sequence;

    [Test]
    public void Beyond_its_capacity_it_keeps_the_newest_finished_deliveries()
    {
        var outbox = new WebhookOutbox(3, new SandboxRandom(1));
        var deliveries = Enumerable.Range(0, 5).Select(_ => Delivery(Guid.NewGuid())).ToList();

        foreach (var delivery in deliveries)
        {
            Assert.That(outbox.Add(delivery), Is.True, "each is the first event of its resource");
            outbox.Record(delivery, Ok(), T0);
        }

        var kept = new List<WebhookDeliveryView>();
        outbox.CopyNewest(10, kept);
        Assert.That(outbox.Count, Is.EqualTo(3));
        Assert.That(kept.Select(v => v.EventId), Is.EqualTo(deliveries.Skip(2).Reverse().Select(d => d.EventId)));
    }

    [Test]
    public void Unfinished_deliveries_are_never_dropped()
    {
        var outbox = new WebhookOutbox(3, new SandboxRandom(1));

        for (var i = 0; i < 5; i++)
        {
            outbox.Add(Delivery(Guid.NewGuid()));
        }

        Assert.That(outbox.Count, Is.EqualTo(5));
    }

    [Test]
    public void The_next_event_of_a_resource_is_released_only_when_the_earlier_is_finished()
    {
        var outbox = new WebhookOutbox(10, new SandboxRandom(1));
        var order = Guid.NewGuid();
        var first = Delivery(order);
        var second = Delivery(order);
        var other = Delivery(Guid.NewGuid());

        Assert.That((outbox.Add(first), outbox.Add(second), outbox.Add(other)), Is.EqualTo((true, false, true)));
        Assert.That(outbox.Record(first, Failed(), T0), Is.EqualTo(new WebhookOutcome(T0.AddSeconds(10), null)));
        Assert.That(outbox.Record(first, Ok(), T0.AddSeconds(10)), Is.EqualTo(new WebhookOutcome(null, second)));
        Assert.That(outbox.Record(second, Ok(), T0.AddSeconds(10)), Is.EqualTo(new WebhookOutcome(null, null)));
        Assert.That(outbox.Add(Delivery(order)), Is.True, "a finished chain starts afresh");
    }

    [Test]
    public void Event_ids_follow_the_seed()
    {
        var ids = new WebhookOutbox(10, new SandboxRandom(7));
        var same = new WebhookOutbox(10, new SandboxRandom(7));

        Assert.That(ids.NextEventIdNeedsLock(), Is.EqualTo(same.NextEventIdNeedsLock()));
    }

    private static WebhookAttempt Ok() => new(T0, 200, null, 1);

    private static WebhookAttempt Failed() => new(T0, 500, null, 1);

    private WebhookDelivery Delivery(Guid resourceId) => new()
    {
        EventId = Guid.NewGuid(),
        Type = "order.status_changed",
        CompanyId = Guid.Empty,
        ResourceId = resourceId,
        Url = "http://127.0.0.1:1/hooks",
        Body = Encoding.UTF8.GetBytes("{}"),
        Signature = "00",
        CreatedAt = T0,
        Sequence = ++_sequence,
    };
}
