using Lumo.Sandbox.Tests.Scenarios;

namespace Lumo.Sandbox.Tests.Support;

/// <summary>
/// A file of the repository written from another source (generated C#): the test fails while it differs from what
/// its source gives now, and rewrites it when run with LUMO_UPDATE_DOCS=1.
/// </summary>
internal static class GeneratedFile
{
    public static string Repo => Path.GetFullPath(Path.Combine(RepoScenarios.Directory, ".."));

    /// <param name="path">Relative to the repository's root.</param>
    /// <param name="expected">What the file's source gives now.</param>
    public static void AssertUpToDate(string path, string expected)
    {
        var file = Path.Combine(Repo, path);
        var actual = File.ReadAllText(file);
        if (actual != expected && Environment.GetEnvironmentVariable("LUMO_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(file, expected);
            actual = expected;
        }

        Assert.That(actual, Is.EqualTo(expected), $"{path} is out of date; run this test with LUMO_UPDATE_DOCS=1 to rewrite it");
    }
}
