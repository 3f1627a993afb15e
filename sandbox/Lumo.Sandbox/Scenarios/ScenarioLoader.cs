using System.Text.Json;
using System.Text.Json.Nodes;
using Lumo.Sandbox.Scenarios.Json;
using Lumo.Sandbox.Scenarios.Validation;

namespace Lumo.Sandbox.Scenarios;

/// <summary>
/// Reads scenario JSON: parse strictly, validate against the embedded JSON Schema, fill in the schema's defaults,
/// deserialize (source-generated), then run the checks the schema cannot express. Each stage runs only on input the
/// previous one accepted, so every problem reported is a real one and deserialization never meets a shape it does
/// not expect.
/// </summary>
internal static class ScenarioLoader
{
    private static readonly JsonDocumentOptions StrictJson = new()
    {
        // A repeated key is almost always a copy-paste slip; silently taking the last one would hide it.
        AllowDuplicateProperties = false,
    };

    private static readonly string[] MessageSuffixMarkers = [" Path: ", " LineNumber: "];

    private static readonly Lazy<string> EmbeddedDefaultText = new(() => ScenarioResources.ReadText(ScenarioResources.DefaultScenario));

    // The embedded default is fixed at build time, so a start does not read it: EmbeddedDefaultScenario is the file as
    // this loader reads it through every check, written out as C# and kept equal to scenarios/default.json by the tests.
    private static readonly Lazy<Scenario> EmbeddedDefault = new(EmbeddedDefaultScenario.Create);

    /// <summary>The scenario schema (scenarios/scenario.schema.json as embedded).</summary>
    public static string SchemaJson => ScenarioSchema.Json;

    /// <summary>scenarios/default.json as embedded into the server.</summary>
    public static Scenario LoadEmbeddedDefault() => EmbeddedDefault.Value;

    /// <summary>The text <see cref="LoadEmbeddedDefault"/> was parsed from.</summary>
    public static string EmbeddedDefaultJson => EmbeddedDefaultText.Value;

    /// <exception cref="ScenarioLoadException">The file cannot be read or is not a valid scenario.</exception>
    public static Scenario LoadFile(string path) => Parse(ReadFile(path), path).GetScenarioOrThrow();

    /// <summary>A scenario file's text, read once: what is parsed and what is served are the same bytes.</summary>
    /// <exception cref="ScenarioLoadException">The file cannot be read.</exception>
    public static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ScenarioLoadException(path, [new(ScenarioPath.Root, $"cannot read the file: {exception.Message}")]);
        }
    }

    /// <param name="json">The scenario document.</param>
    /// <param name="sourceName">Names the document in rendered problems: a file path, or e.g. "request body".</param>
    public static ScenarioLoadResult Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);

        JsonNode? document;
        try
        {
            document = JsonNode.Parse(json.TrimStart('\uFEFF'), documentOptions: StrictJson);
        }
        catch (JsonException exception)
        {
            // The reader knows where it stopped; the duplicate-key check runs after reading and does not.
            var where = exception.LineNumber is long line ? $" at line {line + 1}, position {exception.BytePositionInLine + 1}" : string.Empty;
            return Failure(sourceName, ScenarioPath.Root, $"malformed JSON{where}: {CoreMessage(exception)}");
        }

        if (document is not JsonObject)
        {
            return Failure(sourceName, ScenarioPath.Root, "a scenario must be a JSON object");
        }

        // Part of validation: numbers beyond decimal's range would crash the schema evaluator.
        var rangeProblems = NumberRange.Check(document);
        if (rangeProblems.Count > 0)
        {
            return ScenarioLoadResult.Failure(sourceName, rangeProblems);
        }

        var schemaProblems = ScenarioSchema.Validate(document);
        if (schemaProblems.Count > 0)
        {
            return ScenarioLoadResult.Failure(sourceName, [.. schemaProblems, .. SemanticProblemsBeside(document, schemaProblems)]);
        }

        SchemaDefaults.Apply(document.AsObject());
        Scenario scenario;
        try
        {
            scenario = document.Deserialize(ScenarioJsonContext.Default.Scenario)
                ?? throw new JsonException("a scenario must be a JSON object");
        }
        catch (JsonException exception)
        {
            // A safety net: the schema's limits keep values within what the .NET types hold.
            return Failure(sourceName, exception.Path ?? ScenarioPath.Root, CoreMessage(exception));
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            return Failure(sourceName, ScenarioPath.Root, $"a value cannot be represented: {exception.Message}");
        }

        var semanticProblems = ScenarioSemantics.Check(scenario);
        return semanticProblems.Count > 0
            ? ScenarioLoadResult.Failure(sourceName, semanticProblems)
            : ScenarioLoadResult.Success(sourceName, scenario);
    }

    // Every problem in one pass: without the properties the schema rejected (a misspelled field, a bad value),
    // a document that is otherwise schema-valid still gets the semantic checks; their problems inside a removed
    // property are left out. Array items are never removed (later indexes would shift), so a problem in one
    // ends the report at the schema's problems.
    private static IEnumerable<ScenarioProblem> SemanticProblemsBeside(JsonNode document, IReadOnlyList<ScenarioProblem> schemaProblems)
    {
        var pruned = document.DeepClone();
        var removed = new List<string>();
        foreach (var problem in schemaProblems)
        {
            var steps = ScenarioPath.Steps(problem.Path);
            if (steps.Count == 0 || steps[^1] is not string name || Parent(pruned, steps) is not JsonObject parent)
            {
                return [];
            }

            parent.Remove(name);
            removed.Add(problem.Path);
        }

        if (ScenarioSchema.Validate(pruned).Count > 0)
        {
            return [];
        }

        SchemaDefaults.Apply(pruned.AsObject());
        Scenario? scenario;
        try
        {
            scenario = pruned.Deserialize(ScenarioJsonContext.Default.Scenario);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or OverflowException)
        {
            return [];
        }

        return scenario is null
            ? []
            : ScenarioSemantics.Check(scenario).Where(p => !removed.Any(r => p.Path == r || p.Path.StartsWith(r + ".", StringComparison.Ordinal) || p.Path.StartsWith(r + "[", StringComparison.Ordinal)));
    }

    private static JsonNode? Parent(JsonNode root, IReadOnlyList<object> steps)
    {
        var node = root;
        foreach (var step in steps.Take(steps.Count - 1))
        {
            node = (step, node) switch
            {
                (string name, JsonObject obj) => obj[name],
                (int index, JsonArray array) when index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }

    private static ScenarioLoadResult Failure(string sourceName, string path, string message) =>
        ScenarioLoadResult.Failure(sourceName, [new ScenarioProblem(path, message)]);

    // System.Text.Json appends " Path: ... | LineNumber: ... | BytePositionInLine: ..."; problems carry those apart.
    private static string CoreMessage(JsonException exception)
    {
        var message = exception.Message;
        foreach (var marker in MessageSuffixMarkers)
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[..cut];
            }
        }

        return message.TrimEnd();
    }
}
