using System.Text.RegularExpressions;
using Lumo.Sandbox.Tests.Scenarios;

namespace Lumo.Sandbox.Tests.Packaging;

/// <summary>
/// The version and the repository address are set once, in Directory.Build.props; the image's labels cannot
/// read that file, so they repeat them, and this keeps the copies equal.
/// </summary>
public sealed partial class ImageLabelTests
{
    private static string Repo => Path.GetFullPath(Path.Combine(RepoScenarios.Directory, ".."));

    [Test]
    public void The_images_version_label_defaults_to_the_packages_version()
    {
        var props = File.ReadAllText(Path.Combine(Repo, "Directory.Build.props"));
        var dockerfile = File.ReadAllText(Path.Combine(Repo, "Dockerfile"));

        var version = VersionPrefix().Match(props).Groups[1].Value;

        Assert.That(version, Is.Not.Empty);
        Assert.That(dockerfile, Does.Contain($"ARG VERSION={version}\n"));
    }

    [Test]
    public void The_images_source_label_is_the_packages_repository()
    {
        var props = File.ReadAllText(Path.Combine(Repo, "Directory.Build.props"));
        var dockerfile = File.ReadAllText(Path.Combine(Repo, "Dockerfile"));

        var repository = RepositoryUrl().Match(props).Groups[1].Value;

        Assert.That(repository, Does.StartWith("https://"));
        Assert.That(dockerfile, Does.Contain($"org.opencontainers.image.source=\"{repository}\""));
    }

    [GeneratedRegex("<VersionPrefix>([^<]+)</VersionPrefix>")]
    private static partial Regex VersionPrefix();

    [GeneratedRegex("<RepositoryUrl>([^<]+)</RepositoryUrl>")]
    private static partial Regex RepositoryUrl();
}
