using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Webhooks;

/// <summary>A receiver that does not answer in time. The 5 s timeout is shortened to 1 s here to keep the test fast.</summary>
public sealed class WebhookTimeoutTests : WebhookTestBase
{
    protected override void Configure(LumoSandboxOptions options) => options.WithVirtualClock().WithWebhookTimeout(TimeSpan.FromSeconds(1));

    [Test]
    public async Task No_answer_within_the_timeout_is_a_failed_attempt_and_the_event_is_tried_again()
    {
        var hook = WebhookReceiver.On(Receivers).AnswerInTurn(new Answer(200, Hang: true), new Answer(200));
        try
        {
            var (company, api) = await HookedCompanyAsync(hook);
            var start = await NowAsync();
            await api.OrderAsync(4002.00m, "slow");

            var timedOut = (await DeliveriesAsync(company)).Single();
            Assert.That(timedOut.Status, Is.EqualTo("pending"));
            Assert.That(timedOut.Attempts.Single().StatusCode, Is.Null);
            Assert.That(timedOut.Attempts.Single().Error, Does.Contain("no answer within 1 s"));
            Assert.That(timedOut.Attempts.Single().DurationMs, Is.GreaterThanOrEqualTo(900));
            Assert.That(timedOut.NextAttemptAt, Is.EqualTo(start.AddSeconds(10)));

            await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(10));

            var delivered = (await DeliveriesAsync(company)).Single();
            Assert.That(delivered.Status, Is.EqualTo("delivered"));
            Assert.That(delivered.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { null, 200 }));
            Assert.That(hook.Received.Select(r => r.EventId), Is.All.EqualTo(delivered.EventId));
        }
        finally
        {
            hook.Release();
        }
    }
}
