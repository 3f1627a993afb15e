using System.Text.Json.Nodes;
using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Scenarios;
using Lumo.Sandbox.Tests.Support;
using Lumo.Sandbox.Tests.Webhooks;
using WireMock.Server;

namespace Lumo.Sandbox.Tests.Readiness;

/// <summary>A scenario company with deliverWebhooksTwice gets every event twice, one delivery after the other.</summary>
public sealed class DeliverTwiceTests
{
    [Test]
    public async Task Every_event_goes_out_twice_with_the_same_id_and_body_and_counts_as_a_handled_duplicate()
    {
        using var receivers = WireMockServer.Start();
        var hook = WebhookReceiver.On(receivers);
        using (var warmUp = new HttpClient())
        {
            // A cold WireMock can take seconds to answer its first request on a busy machine: longer than a delivery waits.
            using var _ = await warmUp.GetAsync(new Uri(receivers.Url + "/warm-up"));
        }

        var scenario = JsonNode.Parse(File.ReadAllText(RepoScenarios.PathOf("default.json")))!.AsObject();
        scenario.Remove("$schema");
        var demo = scenario["companies"]![0]!.AsObject();
        demo["webhookUrl"] = hook.Url;
        demo["deliverWebhooksTwice"] = true;
        await using var sandbox = await LumoSandbox.StartAsync(o => o.WithVirtualClock().WithScenarioJson(scenario.ToJsonString()));
        using var api = sandbox.CreateClient((string)demo["apiKey"]!);

        await api.OrderAsync(100m, "twice-1");
        var deliveries = await sandbox.Webhooks.ListAsync();

        Assert.That(deliveries, Has.Count.EqualTo(2));
        Assert.That(deliveries.Select(d => d.EventId).Distinct().Count(), Is.EqualTo(1));
        var received = hook.Received;
        Assert.That(received, Has.Count.EqualTo(2));
        Assert.That(received[1].Body, Is.EqualTo(received[0].Body));
        var report = await sandbox.Report.GetAsync(deliveries[0].CompanyId);
        Assert.That(report.Case("webhook-duplicate-handled").IsObserved, Is.True);
    }
}
