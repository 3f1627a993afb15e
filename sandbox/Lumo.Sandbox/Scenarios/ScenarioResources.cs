namespace Lumo.Sandbox.Scenarios;

/// <summary>The scenario files embedded into the server (logical names are set in the csproj).</summary>
internal static class ScenarioResources
{
    public const string DefaultScenario = "default-scenario.json";

    public const string Schema = "scenario.schema.json";

    public static string ReadText(string logicalName)
    {
        using var stream = typeof(ScenarioResources).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"The embedded resource '{logicalName}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
