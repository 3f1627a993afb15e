using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Hosting;
using Lumo.Sandbox.Scenarios;
using Microsoft.Extensions.DependencyInjection;

namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>
/// Start-up loads the scenario while it parses the document and builds the host, to start faster; which problem it
/// reports must not depend on which of them finishes first.
/// </summary>
public sealed class StartUpLaneTests
{
    private const string BrokenScenario = """{"name": "broken", "companies": [{"name": "A", "email": "not-an-email", "password": "p"}]}""";

    [Test]
    public void A_bad_document_is_reported_even_when_the_scenario_is_bad_too()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lumo-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "openapi: 3.0.3\ninfo: [not, an, object]\npaths: 5\n");
        try
        {
            Assert.That(
                () => SandboxApplication.Build(new SandboxOptions { Port = 0, OpenApiPath = path, ScenarioJson = BrokenScenario }),
                Throws.TypeOf<ContractLoadException>());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void A_bad_scenario_with_a_good_document_is_reported_as_the_scenario_s_problem() =>
        Assert.That(
            () => SandboxApplication.Build(new SandboxOptions { Port = 0, ScenarioJson = BrokenScenario }),
            Throws.TypeOf<ScenarioLoadException>().With.Message.Contains("$.companies[0].email"));

    [Test]
    public async Task Apps_built_one_after_another_share_the_compiled_document_but_not_state()
    {
        await using var first = SandboxApplication.Build(new SandboxOptions { Port = 0, Clock = "virtual" });
        await using var second = SandboxApplication.Build(new SandboxOptions { Port = 0, Clock = "virtual" });

        var catalogs = new[] { first, second }.Select(app => app.Services.GetRequiredService<OperationCatalog>()).ToList();
        var engines = new[] { first, second }.Select(app => app.Services.GetRequiredService<Lumo.Sandbox.Engine.EngineRuntime>().Current).ToList();

        Assert.That(catalogs[0], Is.SameAs(catalogs[1]));
        Assert.That(engines[0], Is.Not.SameAs(engines[1]));
    }
}
