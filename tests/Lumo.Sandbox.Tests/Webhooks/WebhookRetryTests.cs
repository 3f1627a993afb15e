using Lumo.Sandbox.Tests.Support;
using Lumo.Sandbox.Webhooks;
using WireMock.Server;

namespace Lumo.Sandbox.Tests.Webhooks;

/// <summary>Retries on the sandbox clock: backoff, the same event id each time, giving up, and a receiver that comes back.</summary>
public sealed class WebhookRetryTests : WebhookTestBase
{
    // 4002.00 is never paid: the order stays in_progress for 5 min, so only the accept event is in play.
    private const decimal NeverPaid = 4002.00m;

    [Test]
    public async Task A_receiver_that_answers_500_twice_gets_the_event_on_the_third_try_after_10_s_and_then_30_s()
    {
        var hook = WebhookReceiver.On(Receivers).AnswerInTurn(new Answer(500), new Answer(500), new Answer(200));
        var (company, api) = await HookedCompanyAsync(hook);
        var start = await NowAsync();
        await api.OrderAsync(NeverPaid, "retry-500");

        var first = (await DeliveriesAsync(company)).Single();
        Assert.That(first.Status, Is.EqualTo("pending"));
        Assert.That(first.Attempts.Select(a => (a.StatusCode, a.Error)), Is.EqualTo(new (int?, string?)[] { (500, null) }));
        Assert.That(first.NextAttemptAt, Is.EqualTo(start.AddSeconds(10)));

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(9.999));
        Assert.That(hook.Received, Has.Count.EqualTo(1), "not before 10 s");

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromMilliseconds(1));
        var second = (await DeliveriesAsync(company)).Single();
        Assert.That(second.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 500, 500 }));
        Assert.That(second.NextAttemptAt, Is.EqualTo(start.AddSeconds(40)));

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(29));
        Assert.That(hook.Received, Has.Count.EqualTo(2), "not before another 30 s");

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(1));
        var third = (await DeliveriesAsync(company)).Single();
        Assert.That(third.Status, Is.EqualTo("delivered"));
        Assert.That(third.NextAttemptAt, Is.Null);
        Assert.That(third.Attempts.Select(a => (a.At, a.StatusCode)), Is.EqualTo(new (DateTimeOffset, int?)[] { (start, 500), (start.AddSeconds(10), 500), (start.AddSeconds(40), 200) }));
        var received = hook.Received;
        Assert.That(received.Select(r => r.AnsweredStatus), Is.EqualTo(new[] { 500, 500, 200 }));
        Assert.That(received.Select(r => r.Header("X-Lumo-Delivery")), Is.All.EqualTo(third.EventId.ToString()));
        Assert.That(received.Select(r => Convert.ToHexString(r.Body)), Is.All.EqualTo(Convert.ToHexString(received[0].Body)), "every try sends the same bytes");
    }

    [Test]
    public async Task One_long_advance_makes_each_retry_at_its_own_time()
    {
        var hook = WebhookReceiver.On(Receivers).AnswerInTurn(new Answer(503), new Answer(503), new Answer(204));
        var (company, api) = await HookedCompanyAsync(hook);
        var start = await NowAsync();
        await api.OrderAsync(NeverPaid, "one-advance");

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromMinutes(1));

        var delivery = (await DeliveriesAsync(company)).Single();
        Assert.That(delivery.Status, Is.EqualTo("delivered"));
        Assert.That(delivery.Attempts.Select(a => (a.At, a.StatusCode)), Is.EqualTo(new (DateTimeOffset, int?)[] { (start, 503), (start.AddSeconds(10), 503), (start.AddSeconds(40), 204) }));
    }

    [Test]
    public async Task After_six_failed_attempts_the_delivery_is_given_up_and_the_order_next_event_goes_out()
    {
        var hook = WebhookReceiver.On(Receivers).AnswerBy(body => body.Contains("\"in_progress\"", StringComparison.Ordinal) ? 500 : 200);
        var (company, api) = await HookedCompanyAsync(hook);
        var start = await NowAsync();
        var order = await api.OrderAsync(100m, "give-up");

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromHours(2));

        var deliveries = await DeliveriesAsync(company);
        Assert.That(deliveries.Select(d => (d.Payload.GetProperty("data").Str("status"), d.Status)), Is.EqualTo(new[] { ("in_progress", "failed"), ("success", "delivered") }));
        Assert.That(deliveries[0].NextAttemptAt, Is.Null);
        Assert.That(
            deliveries[0].Attempts.Select(a => a.At - start),
            Is.EqualTo(new[] { TimeSpan.Zero, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(160), TimeSpan.FromSeconds(760), TimeSpan.FromSeconds(4360) }));
        Assert.That(deliveries[1].Attempts.Single().At, Is.EqualTo(start.AddSeconds(4360)), "the success event waited for the in_progress one to be given up");
        Assert.That(hook.Received.Select(r => (r.ResourceId, r.AnsweredStatus)).Count(r => r == (order.Id(), 500)), Is.EqualTo(6));
    }

    [Test]
    public async Task Nothing_is_lost_when_the_receiver_is_down_and_comes_back()
    {
        var port = WebhookReceiver.FreePort();
        var company = await Sandbox.CreateCompanyAsync(usdtBalance: 1000m, webhookUrl: $"http://127.0.0.1:{port}/hooks/down");
        var api = Client(company.ApiKey);
        var start = await NowAsync();
        var order = await api.OrderAsync(100m, "down");
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3));

        var whileDown = await Client().GetJsonAsync($"_sandbox/webhooks?companyId={company.Id}");
        var pending = whileDown.GetProperty("deliveries").EnumerateArray().Reverse().ToList();
        Assert.That(pending.Select(d => d.Str("status")), Is.EqualTo(new[] { "pending", "pending" }));
        var failed = pending[0].GetProperty("attempts").EnumerateArray().Single();
        Assert.That(failed.GetProperty("statusCode").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        Assert.That(failed.Str("error"), Is.Not.Empty);
        Assert.That(pending[0].GetProperty("nextAttemptAt").GetDateTimeOffset(), Is.EqualTo(start.AddSeconds(10)));

        using var back = WireMockServer.Start(port);
        var hook = WebhookReceiver.On(back, "/hooks/down");
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(7));

        var deliveries = await DeliveriesAsync(company);
        Assert.That(deliveries.Select(d => d.Status), Is.EqualTo(new[] { "delivered", "delivered" }));
        var received = hook.Received;
        Assert.That(received.Select(r => (r.ResourceId, r.OrderStatus)), Is.EqualTo(new[] { (order.Id(), "in_progress"), (order.Id(), "success") }));
        Assert.That(received.Select(r => r.EventId), Is.EqualTo(pending.Select(d => d.GetProperty("eventId").GetGuid())), "the same event ids as before the outage");
    }

    [TestCase(1, 10)]
    [TestCase(2, 30)]
    [TestCase(3, 120)]
    [TestCase(4, 600)]
    [TestCase(5, 3600)]
    public void The_backoff_after_each_failure(int failedAttempts, int seconds) =>
        Assert.That(WebhookRetryPolicy.DelayAfter(failedAttempts), Is.EqualTo(TimeSpan.FromSeconds(seconds)));

    [Test]
    public void After_the_sixth_failure_there_is_no_retry() =>
        Assert.That((WebhookRetryPolicy.MaxAttempts, WebhookRetryPolicy.DelayAfter(6)), Is.EqualTo((6, (TimeSpan?)null)));
}
