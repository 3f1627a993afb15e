namespace Lumo.Sandbox.Tests.Scenarios;

/// <summary>The repository's scenarios/ folder, found by walking up from the test assembly, so the tests check the
/// files integrators read rather than copies in bin/.</summary>
internal static class RepoScenarios
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    public static string Directory => Folder.Value;

    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);

    public static IEnumerable<string> ScenarioFileNames() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.json")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name != "scenario.schema.json")
            .Order(StringComparer.Ordinal);

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "scenarios");
            if (File.Exists(Path.Combine(candidate, "scenario.schema.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No scenarios/scenario.schema.json above {AppContext.BaseDirectory}.");
    }
}
