using System.Security.Cryptography;
using System.Text;
using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;
using Lumo.Sandbox.Tests.Webhooks;

namespace Lumo.Sandbox.Tests.Readiness;

/// <summary>Webhook cases from the receiver's answers, and redelivery on demand.</summary>
public sealed class WebhookCaseTests : WebhookTestBase
{
    [Test]
    public async Task A_2xx_answer_is_webhook_acknowledged_and_an_acknowledged_paid_order_is_order_paid()
    {
        var hook = WebhookReceiver.On(Receivers);
        var (company, api) = await HookedCompanyAsync(hook);
        var order = await api.OrderAsync(100m, "hooked-1");
        await Sandbox.Orders.CompleteAsync(order.Id());

        var report = await Sandbox.Report.GetAsync(company.Id);

        var acknowledged = report.Case("webhook-acknowledged");
        Assert.That(acknowledged.IsObserved, Is.True);
        Assert.That(acknowledged.Evidence.Single().EventId, Is.EqualTo(hook.Received[0].EventId));
        Assert.That(acknowledged.Evidence.Single().Path, Is.EqualTo(hook.Url));
        Assert.That(report.Case("order-paid").Evidence.Single().OperationId, Is.EqualTo("order.status_changed"));
        Assert.That(report.Case("webhook-retry-handled").IsObserved, Is.False);
        Assert.That(report.Case("webhook-duplicate-handled").IsObserved, Is.False);
    }

    [Test]
    public async Task A_refused_paid_order_event_is_neither_acknowledged_nor_order_paid()
    {
        var hook = WebhookReceiver.On(Receivers).AnswerInTurn(new Answer(500));
        var (company, api) = await HookedCompanyAsync(hook);
        var order = await api.OrderAsync(100m, "refused-1");
        await Sandbox.Orders.CompleteAsync(order.Id());

        var report = await Sandbox.Report.GetAsync(company.Id);

        Assert.That(report.Case("webhook-acknowledged").IsObserved, Is.False);
        Assert.That(report.Case("order-paid").IsObserved, Is.False);
    }

    [Test]
    public async Task A_failed_attempt_then_an_acknowledged_retry_is_webhook_retry_handled()
    {
        var hook = WebhookReceiver.On(Receivers).AnswerInTurn(new Answer(503), new Answer(200));
        var (company, api) = await HookedCompanyAsync(hook);
        await api.OrderAsync(100m, "retried-1");
        Assert.That((await Sandbox.Report.GetAsync(company.Id)).Case("webhook-retry-handled").IsObserved, Is.False, "before the retry");

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(10)); // the first retry

        var observed = (await Sandbox.Report.GetAsync(company.Id)).Case("webhook-retry-handled");
        Assert.That(observed.Evidence.Select(e => e.Status), Is.EqualTo(new[] { 503, 200 }));
        Assert.That(observed.Evidence.Select(e => e.EventId).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Two_events_one_failed_and_another_acknowledged_are_not_webhook_retry_handled()
    {
        // The accept's event is refused (and its retry not due yet); the next order's event is another event.
        var hook = WebhookReceiver.On(Receivers).AnswerInTurn(new Answer(503), new Answer(200));
        var (company, api) = await HookedCompanyAsync(hook);
        await api.OrderAsync(100m, "retried-2");
        await api.OrderAsync(100m, "retried-3");

        var report = await Sandbox.Report.GetAsync(company.Id);
        Assert.That(report.Case("webhook-acknowledged").IsObserved, Is.True);
        Assert.That(report.Case("webhook-retry-handled").IsObserved, Is.False);
    }

    [Test]
    public async Task Redeliver_sends_the_same_event_and_body_signed_afresh_and_both_acknowledged_is_webhook_duplicate_handled()
    {
        var hook = WebhookReceiver.On(Receivers);
        var (company, api) = await HookedCompanyAsync(hook);
        await api.OrderAsync(100m, "duplicated-1");
        var original = (await DeliveriesAsync(company)).Single();
        Assert.That((await Sandbox.Report.GetAsync(company.Id)).Case("webhook-duplicate-handled").IsObserved, Is.False);

        var again = await Sandbox.Webhooks.RedeliverAsync(original.EventId);

        Assert.That(again.EventId, Is.EqualTo(original.EventId));
        Assert.That(again.Payload.GetRawText(), Is.EqualTo(original.Payload.GetRawText()));
        var received = hook.Received;
        Assert.That(received, Has.Count.EqualTo(2));
        Assert.That(received[1].Body, Is.EqualTo(received[0].Body));
        Assert.That(received[1].Header("X-Lumo-Signature"), Is.EqualTo(Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(company.WebhookSecret), received[1].Body))));
        var deliveries = await DeliveriesAsync(company);
        Assert.That(deliveries, Has.Count.EqualTo(2), "a new delivery with its own attempts");
        Assert.That(deliveries[1].Attempts.Single().StatusCode, Is.EqualTo(200));
        var duplicate = (await Sandbox.Report.GetAsync(company.Id)).Case("webhook-duplicate-handled");
        Assert.That(duplicate.Evidence.Select(e => e.Status), Is.EqualTo(new[] { 200, 200 }));
    }

    [Test]
    public async Task A_refused_repeat_is_not_webhook_duplicate_handled()
    {
        var hook = WebhookReceiver.On(Receivers).AnswerInTurn(new Answer(200), new Answer(409));
        var (company, api) = await HookedCompanyAsync(hook);
        await api.OrderAsync(100m, "duplicated-2");
        var original = (await DeliveriesAsync(company)).Single();

        await Sandbox.Webhooks.RedeliverAsync(original.EventId);

        Assert.That((await Sandbox.Report.GetAsync(company.Id)).Case("webhook-duplicate-handled").IsObserved, Is.False);
    }

    [Test]
    public async Task Redelivering_an_unknown_event_is_404_in_the_error_shape()
    {
        var answer = await Client().PostJsonAsync($"_sandbox/webhooks/{Guid.NewGuid()}/redeliver", null, 404);

        Assert.That(answer.Str("message"), Is.EqualTo("Webhook event not found"));
        Assert.That(async () => await Sandbox.Webhooks.RedeliverAsync(Guid.NewGuid()), Throws.InstanceOf<LumoSandboxException>().With.Property("StatusCode").EqualTo(404));
    }
}
