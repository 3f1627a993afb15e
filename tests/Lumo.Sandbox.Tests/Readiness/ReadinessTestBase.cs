using System.Text.Json.Nodes;
using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Scenarios;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Readiness;

/// <summary>
/// The default scenario on the virtual clock, plus faults keyed by externalOrderId prefix (each test's own
/// company counts its own calls): <c>busy-*</c> prepares answer 503 once, <c>lost-*</c> accepts are handled and
/// then answered 503 once, <c>dropped-*</c> accepts are handled and their connection dropped once.
/// </summary>
public abstract class ReadinessTestBase : SandboxTestBase
{
    internal static readonly string Scenario = BuildScenario();

    protected override void Configure(LumoSandboxOptions options) => options.WithVirtualClock().WithScenarioJson(Scenario);

    /// <summary>The current test company's report.</summary>
    protected Task<ReadinessReport> ReportAsync() => Sandbox.Report.GetAsync(Company.Id);

    protected async Task<ReadinessCase> CaseAsync(string id) => (await ReportAsync()).Case(id);

    /// <summary>Prepares (201) and answers the quote id.</summary>
    protected async Task<Guid> QuoteIdAsync(string externalOrderId, decimal amountRub = 100m) => (await Api.QuoteAsync(amountRub, externalOrderId)).Id();

    /// <summary>Prepares and accepts with an Idempotency-Key (201); answers the order id.</summary>
    protected async Task<Guid> OrderIdAsync(string externalOrderId, decimal amountRub = 100m)
    {
        var quote = await QuoteIdAsync(externalOrderId, amountRub);
        using var accepted = await Api.AcceptAsync(quote, "key-" + externalOrderId);
        return (await accepted.JsonAsync(201)).Id();
    }

    private static string BuildScenario()
    {
        var scenario = JsonNode.Parse(File.ReadAllText(RepoScenarios.PathOf("default.json")))!.AsObject();
        scenario.Remove("$schema");
        var rules = scenario["rules"]!.AsArray();
        rules.Insert(0, Rule("prepareOrder", "busy-*", new JsonObject { ["status"] = 503, ["times"] = 1 }));
        rules.Insert(0, Rule("acceptOrder", "lost-*", new JsonObject { ["status"] = 503, ["afterHandling"] = true, ["times"] = 1 }));
        rules.Insert(0, Rule("acceptOrder", "dropped-*", new JsonObject { ["dropConnection"] = true, ["afterHandling"] = true, ["times"] = 1 }));
        return scenario.ToJsonString();
    }

    private static JsonObject Rule(string operation, string externalOrderId, JsonObject fault) => new()
    {
        ["name"] = $"{operation} {externalOrderId}",
        ["when"] = new JsonObject { ["operation"] = operation, ["externalOrderId"] = externalOrderId },
        ["then"] = new JsonObject { ["fault"] = fault },
    };
}
