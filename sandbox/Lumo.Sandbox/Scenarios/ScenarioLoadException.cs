namespace Lumo.Sandbox.Scenarios;

/// <summary>
/// A scenario could not be loaded. The message has one line per problem, each prefixed with the file, so the host
/// can print it as is and exit non-zero.
/// </summary>
internal sealed class ScenarioLoadException : Exception
{
    public ScenarioLoadException(string sourceName, IReadOnlyList<ScenarioProblem> problems)
        : base(string.Join('\n', problems.Select(problem => problem.Render(sourceName))))
    {
        SourceName = sourceName;
        Problems = problems;
    }

    public string SourceName { get; }

    public IReadOnlyList<ScenarioProblem> Problems { get; }
}
