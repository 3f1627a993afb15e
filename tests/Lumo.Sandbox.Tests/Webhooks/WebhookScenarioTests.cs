using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;
using WireMock.Server;

namespace Lumo.Sandbox.Tests.Webhooks;

/// <summary>
/// A scenario company's webhookUrl and webhookSecret, with the real clock: the first attempt goes out at once
/// without any advance, and a retry fires when the clock is advanced past it.
/// </summary>
public sealed class WebhookScenarioTests : SandboxTestBase
{
    private const string ApiKey = "lb2b_0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private const string Secret = "whsec_scenario-secret";

    private readonly WireMockServer _receivers = WireMockServer.Start();
    private WebhookReceiver _hook = null!;

    [OneTimeTearDown]
    public void StopReceivers() => _receivers.Dispose();

    protected override void Configure(LumoSandboxOptions options)
    {
        _hook = WebhookReceiver.On(_receivers).AnswerInTurn(new Answer(500), new Answer(200));
        options.WithRealClock().WithScenarioJson($$"""
            {
              "name": "webhooks",
              "companies": [
                { "name": "Hooked", "email": "hooked@lumo.test", "password": "pw", "apiKey": "{{ApiKey}}",
                  "usdtBalance": 1000, "webhookUrl": "{{_hook.Url}}", "webhookSecret": "{{Secret}}" }
              ],
              "defaults": { "order": [ { "afterSeconds": 3, "status": "success" } ] }
            }
            """);
    }

    [Test]
    public async Task The_scenario_url_and_secret_are_used_and_a_real_clock_advance_fires_the_retry()
    {
        var scenarioApi = Client(ApiKey);
        var order = await scenarioApi.OrderAsync(100m, "scenario");

        var first = (await Sandbox.Webhooks.ListAsync()).Single();
        Assert.That(first.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 500 }), "sent at once, no advance needed");

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(10));

        var received = _hook.Received;
        Assert.That(received.Select(r => (r.OrderStatus, r.AnsweredStatus)), Is.EqualTo(new[] { ("in_progress", 500), ("in_progress", 200), ("success", 200) }));
        Assert.That(received.Select(r => r.ResourceId), Is.All.EqualTo(order.Id()));
        Assert.That(received.Select(r => r.Header("X-Lumo-Signature") == SandboxWebhooks.Sign(Secret, r.Body)), Is.All.True);
    }
}
