using System.Diagnostics.CodeAnalysis;

namespace Lumo.Sandbox.Scenarios;

/// <summary>
/// The outcome of <see cref="ScenarioLoader.Parse"/>: a scenario, or every problem found. The control API answers
/// 400 with <see cref="Messages"/>; the host calls <see cref="GetScenarioOrThrow"/>.
/// </summary>
internal sealed class ScenarioLoadResult
{
    private ScenarioLoadResult(string sourceName, Scenario? scenario, IReadOnlyList<ScenarioProblem> problems)
    {
        SourceName = sourceName;
        Scenario = scenario;
        Problems = problems;
    }

    /// <summary>The file name (or e.g. "request body") that prefixes rendered problems.</summary>
    public string SourceName { get; }

    public Scenario? Scenario { get; }

    /// <summary>Empty exactly when <see cref="IsValid"/>.</summary>
    public IReadOnlyList<ScenarioProblem> Problems { get; }

    [MemberNotNullWhen(true, nameof(Scenario))]
    public bool IsValid => Scenario is not null;

    /// <summary>Every problem rendered as <c>{file}: {path}: {message}</c>.</summary>
    public IReadOnlyList<string> Messages => [.. Problems.Select(problem => problem.Render(SourceName))];

    public static ScenarioLoadResult Success(string sourceName, Scenario scenario) =>
        new(sourceName, scenario, []);

    public static ScenarioLoadResult Failure(string sourceName, IReadOnlyList<ScenarioProblem> problems)
    {
        ArgumentOutOfRangeException.ThrowIfZero(problems.Count);
        return new(sourceName, null, problems);
    }

    /// <exception cref="ScenarioLoadException">The scenario is invalid.</exception>
    public Scenario GetScenarioOrThrow() => Scenario ?? throw new ScenarioLoadException(SourceName, Problems);
}
