using System.Text.Json.Nodes;
using Lumo.Sandbox.Scenarios;

namespace Lumo.Sandbox.Tests.Scenarios;

/// <summary>Builds scenario documents for tests: a minimal valid one, changed as each test needs.</summary>
internal static class ScenarioText
{
    public const string Minimal = """
        {
          "name": "minimal",
          "companies": [ { "name": "A", "email": "a@lumo.test", "password": "p" } ]
        }
        """;

    /// <summary>The minimal scenario with <paramref name="change"/> applied to its JSON.</summary>
    public static string With(Action<JsonObject> change)
    {
        var document = JsonNode.Parse(Minimal)!.AsObject();
        change(document);
        return document.ToJsonString();
    }

    /// <summary>The minimal scenario with these rules.</summary>
    public static string WithRules(string rulesJson) => With(document => document["rules"] = JsonNode.Parse(rulesJson));

    public static ScenarioLoadResult Parse(string json) => ScenarioLoader.Parse(json, "test.json");

    public static Scenario Load(string json) => Parse(json).GetScenarioOrThrow();
}
