using System.Text.Json;
using Lumo.Sandbox.Scenarios;
using Lumo.Sandbox.Scenarios.Json;

namespace Lumo.Sandbox.Tests.Scenarios;

public sealed class ScenarioFileTests
{
    private static readonly string[] ReadyCases =
    [
        "default.json", "flaky-network.json", "insufficient-balance.json", "payment-failure.json",
        "payment-success.json", "payment-timeout.json", "quote-expiry.json",
    ];

    public static IEnumerable<string> Files() => RepoScenarios.ScenarioFileNames();

    [Test]
    public void The_scenarios_folder_holds_every_ready_case() =>
        Assert.That(Files(), Is.SupersetOf(ReadyCases));

    [TestCaseSource(nameof(Files))]
    public void File_validates_and_loads(string fileName)
    {
        var result = ScenarioLoader.Parse(File.ReadAllText(RepoScenarios.PathOf(fileName)), fileName);

        Assert.That(result.Messages, Is.Empty);
        Assert.That(result.IsValid, Is.True);
    }

    [TestCaseSource(nameof(Files))]
    public void File_names_the_schema_describes_itself_and_logs_in_as_the_demo_company(string fileName)
    {
        var path = RepoScenarios.PathOf(fileName);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var scenario = ScenarioLoader.LoadFile(path);

        Assert.That(document.RootElement.GetProperty("$schema").GetString(), Is.EqualTo("./scenario.schema.json"));
        Assert.That(scenario.Description, Is.Not.Null.And.Not.Empty);
        Assert.That(scenario.Name, Is.EqualTo(Path.GetFileNameWithoutExtension(fileName)));
        var demo = scenario.FindCompanyByEmail("demo@lumo.test");
        Assert.That(demo, Is.Not.Null);
        Assert.That(demo!.Password, Is.EqualTo("demo-password"));
        Assert.That(demo.ApiKey, Is.EqualTo("lb2b_0123456789abcdef0123456789abcdef"));
    }

    [TestCaseSource(nameof(Files))]
    public void File_survives_a_serialization_round_trip(string fileName)
    {
        // GET /_sandbox/scenario may serialize the loaded scenario; PUT must accept that output again.
        var scenario = ScenarioLoader.LoadFile(RepoScenarios.PathOf(fileName));

        var json = JsonSerializer.Serialize(scenario, ScenarioJsonContext.Default.Scenario);
        var reloaded = ScenarioLoader.Parse(json, "round-trip");

        Assert.That(reloaded.Messages, Is.Empty);
        Assert.That(reloaded.Scenario, Is.EqualTo(scenario));
    }

    [Test]
    public void Scenarios_readme_has_a_line_for_every_file()
    {
        var readme = File.ReadAllText(RepoScenarios.PathOf("README.md"));

        Assert.That(Files().Append("scenario.schema.json"), Has.All.Matches<string>(file => readme.Contains($"[`{file}`]", StringComparison.Ordinal)));
    }
}
