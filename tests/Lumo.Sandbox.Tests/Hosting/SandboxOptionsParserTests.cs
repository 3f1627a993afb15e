using Lumo.Sandbox.Hosting;

namespace Lumo.Sandbox.Tests.Hosting;

public sealed class SandboxOptionsParserTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Test]
    public void Defaults_serve_port_8080_with_the_embedded_scenario()
    {
        var options = SandboxOptionsParser.Parse([], NoEnvironment);

        Assert.That(options.Port, Is.EqualTo(8080));
        Assert.That(options.ScenarioPath, Is.Null);
        Assert.That(options.OpenApiPath, Is.Null);
        Assert.That(options.Clock, Is.Null);
        Assert.That(options.JournalSize, Is.EqualTo(10_000));
    }

    [Test]
    public void Flags_are_read()
    {
        var options = SandboxOptionsParser.Parse(
            ["--port", "18080", "--scenario", "s.json", "--openapi=o.yaml", "--clock", "virtual", "--admin-token", "t", "--journal-size", "5"],
            NoEnvironment);

        Assert.That(options, Is.EqualTo(new SandboxOptions
        {
            Port = 18080,
            ScenarioPath = "s.json",
            OpenApiPath = "o.yaml",
            Clock = "virtual",
            AdminToken = "t",
            JournalSize = 5,
        }));
    }

    [Test]
    public void Environment_variables_are_read_and_flags_win()
    {
        var environment = new Dictionary<string, string>
        {
            ["LUMO_SANDBOX_PORT"] = "9000",
            ["LUMO_SANDBOX_SCENARIO"] = "/scenarios/default.json",
            ["LUMO_SANDBOX_CLOCK"] = "virtual",
        };

        var options = SandboxOptionsParser.Parse(["--port", "9100"], environment.GetValueOrDefault);

        Assert.That(options.Port, Is.EqualTo(9100));
        Assert.That(options.ScenarioPath, Is.EqualTo("/scenarios/default.json"));
        Assert.That(options.Clock, Is.EqualTo("virtual"));
    }

    [TestCase("--port", "eighty")]
    [TestCase("--port", "70000")]
    [TestCase("--clock", "sideways")]
    [TestCase("--colour", "blue")]
    public void Bad_flags_are_refused_with_a_reason(string flag, string value) =>
        Assert.That(() => SandboxOptionsParser.Parse([flag, value], NoEnvironment), Throws.TypeOf<SandboxOptionsException>().With.Message.Contains(flag));
}
