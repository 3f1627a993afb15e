namespace Lumo.Sandbox.Scenarios;

/// <summary>One thing wrong with a scenario: where (a JSON path such as <c>$.companies[0].email</c>) and what.</summary>
internal sealed record ScenarioProblem(string Path, string Message)
{
    /// <summary>The line shown to a person: <c>{file}: {path}: {message}</c>.</summary>
    public string Render(string sourceName) => $"{sourceName}: {Path}: {Message}";

    public override string ToString() => $"{Path}: {Message}";
}
