using Lumo.Sandbox.Hosting;

namespace Lumo.Sandbox.Tests.Hosting;

/// <summary>A process that cannot start says why and exits non-zero.</summary>
[NonParallelizable]
public sealed class StartupFailureTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("lumo-startup-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task A_malformed_scenario_file_exits_non_zero_naming_the_file_and_the_json_path()
    {
        var path = Path.Combine(_directory, "broken.json");
        await File.WriteAllTextAsync(path, """{"name": "broken", "companies": [{"name": "A", "email": "not-an-email", "password": "p"}]}""");

        var (code, error) = await RunAsync("--scenario", path, "--port", "0");

        Assert.That(code, Is.Not.Zero);
        Assert.That(error, Does.Contain(path).And.Contain("$.companies[0].email"));
    }

    [Test]
    public async Task A_missing_scenario_file_exits_non_zero()
    {
        var (code, error) = await RunAsync("--scenario", Path.Combine(_directory, "missing.json"), "--port", "0");

        Assert.That(code, Is.Not.Zero);
        Assert.That(error, Does.Contain("missing.json"));
    }

    [Test]
    public async Task A_bad_flag_exits_non_zero()
    {
        var (code, error) = await RunAsync("--clock", "sideways");

        Assert.That(code, Is.Not.Zero);
        Assert.That(error, Does.Contain("--clock"));
    }

    private static async Task<(int Code, string Error)> RunAsync(params string[] args)
    {
        var original = Console.Error;
        await using var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            var code = await SandboxProgram.RunAsync(args);
            return (code, captured.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }
}
