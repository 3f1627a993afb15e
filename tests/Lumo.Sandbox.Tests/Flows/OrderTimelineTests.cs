using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Flows;

/// <summary>A scripted timeline of several steps: each step at its own time, a failed step with its own reason.</summary>
public sealed class OrderTimelineTests
{
    private const string Key = "lb2b_33333333333333333333333333333333";

    [Test]
    public async Task Each_step_fires_at_its_time_and_a_failed_step_keeps_its_own_reason()
    {
        await using var sandbox = await LumoSandbox.StartAsync(o => o.WithVirtualClock().WithScenarioJson($$"""
            {
              "name": "two-steps",
              "clock": { "mode": "virtual", "start": "2026-01-01T00:00:00Z" },
              "rate": { "usdtRub": 100.00 },
              "companies": [ { "name": "A", "email": "a@lumo.test", "password": "p", "apiKey": "{{Key}}", "usdtBalance": 100 } ],
              "rules": [ { "name": "declined", "when": { "amountRub": 1000.00 }, "then": { "order": [
                { "afterSeconds": 1, "status": "in_progress" },
                { "afterSeconds": 4, "status": "failed", "failureReason": "bank_declined" } ] } } ]
            }
            """));
        using var api = SandboxTestBase.ContractClient(sandbox, Key);

        var order = await api.OrderAsync(1000m);
        var atAccept = await Status(api, order.Id());
        await sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(1));
        var atOne = await Status(api, order.Id());
        await sandbox.Clock.AdvanceAsync(TimeSpan.FromMilliseconds(2_999));
        var justBeforeFour = await Status(api, order.Id());
        var frozen = (await api.GetJsonAsync("wallets/balance")).Dec("usdtBalance");
        await sandbox.Clock.AdvanceAsync(TimeSpan.FromMilliseconds(1));
        var failed = await api.GetJsonAsync($"orders/{order.Id()}");

        Assert.That((atAccept, atOne, justBeforeFour), Is.EqualTo(("created", "in_progress", "in_progress")));
        Assert.That(failed.Str("status"), Is.EqualTo("failed"));
        Assert.That(failed.Str("failureReason"), Is.EqualTo("bank_declined"));
        // 1 000 RUB at 100 is 10 USDT: frozen while the order is open, back when it fails.
        Assert.That(frozen, Is.EqualTo(90m));
        Assert.That((await api.GetJsonAsync("wallets/balance")).Dec("usdtBalance"), Is.EqualTo(100m));
    }

    private static async Task<string?> Status(HttpClient api, Guid id) => (await api.GetJsonAsync($"orders/{id}")).Str("status");
}
