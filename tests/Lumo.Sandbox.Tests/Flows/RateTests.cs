using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Flows;

public sealed class RateTests
{
    [Test]
    public async Task A_timed_rate_sequence_changes_the_rate_and_the_next_quote()
    {
        await using var sandbox = await LumoSandbox.StartAsync(o => o.WithVirtualClock().WithScenarioJson("""
            {
              "name": "moving-rate",
              "clock": { "mode": "virtual", "start": "2026-01-01T00:00:00Z" },
              "rate": { "usdtRub": 95.00, "sequence": [ { "afterSeconds": 60, "usdtRub": 100.00 } ] },
              "companies": [ { "name": "A", "email": "a@lumo.test", "password": "p", "apiKey": "lb2b_22222222222222222222222222222222", "usdtBalance": 100 } ]
            }
            """));
        using var api = SandboxTestBase.ContractClient(sandbox, "lb2b_22222222222222222222222222222222");

        var before = await api.GetJsonAsync("rates/current");
        await sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(61));
        var after = await api.GetJsonAsync("rates/current");
        var quote = await api.QuoteAsync(5000m);

        Assert.That(before.Dec("rate"), Is.EqualTo(95.00m));
        Assert.That(after.Dec("rate"), Is.EqualTo(100.00m));
        Assert.That(after.Str("currencyPair"), Is.EqualTo("USDT/RUB"));
        Assert.That(after.GetProperty("updatedAt").GetDateTimeOffset(), Is.EqualTo(DateTimeOffset.Parse("2026-01-01T00:01:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(quote.Dec("amountUsdt"), Is.EqualTo(50.00m));
    }
}
