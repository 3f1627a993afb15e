using System.Text.Json.Nodes;
using Json.Schema;

namespace Lumo.Sandbox.Scenarios.Validation;

/// <summary>
/// The embedded scenario.schema.json, compiled once, turning JsonSchema.Net results into <see cref="ScenarioProblem"/>s.
/// </summary>
internal static class ScenarioSchema
{
    private static readonly Lazy<string> SchemaText = new(() => ScenarioResources.ReadText(ScenarioResources.Schema));

    private static readonly Lazy<JsonSchema> Compiled = new(() => JsonSchema.FromText(SchemaText.Value));

    private static readonly Lazy<JsonObject> SchemaDocument = new(() => JsonNode.Parse(SchemaText.Value)!.AsObject());

    // JsonSchema.Net builds and caches evaluation state on first use; loads are rare, so serializing them is free
    // and rules out any race between concurrent PUT /_sandbox/scenario calls.
    private static readonly Lock EvaluationLock = new();

    /// <summary>The schema text, e.g. to serve or document it.</summary>
    public static string Json => SchemaText.Value;

    /// <summary>The schema as plain JSON (do not modify): messages quote its patterns, enums and property names,
    /// and <see cref="SchemaDefaults"/> reads its defaults.</summary>
    public static JsonObject Document => SchemaDocument.Value;

    public static IReadOnlyList<ScenarioProblem> Validate(JsonNode instance)
    {
        EvaluationResults results;
        lock (EvaluationLock)
        {
            // Hierarchical output lets the walk skip whole valid subtrees and the branches of `if`, whose failures
            // only select `then`; a flat list would report those as errors. Formats (email, uri, uuid, date-time)
            // are assertions here, not the 2020-12 default of annotations.
            results = Compiled.Value.Evaluate(instance, new EvaluationOptions
            {
                OutputFormat = OutputFormat.Hierarchical,
                RequireFormatValidation = true,
            });
        }

        var problems = new List<ScenarioProblem>();
        Collect(results, problems);
        // A keyword reached through two subschemas (a $ref and its target) must not be reported twice.
        return [.. problems.Distinct()];
    }

    /// <summary>The subschema at a local reference such as <c>#/$defs/company</c>, or null.</summary>
    public static JsonNode? SchemaAt(string fragment)
    {
        JsonNode? current = Document;
        var pointer = Uri.UnescapeDataString(fragment.TrimStart('#'));
        foreach (var escaped in pointer.Split('/').Skip(1))
        {
            var segment = escaped.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            current = current switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return current;
    }

    private static void Collect(EvaluationResults node, List<ScenarioProblem> problems)
    {
        if (node.IsValid)
        {
            return;
        }

        if (node.HasErrors)
        {
            var path = ScenarioPath.FromPointer(node.InstanceLocation.ToString());
            foreach (var (keyword, message) in node.Errors!)
            {
                problems.Add(new ScenarioProblem(path, Describe(node, keyword, message)));
            }
        }

        if (!node.HasDetails)
        {
            return;
        }

        foreach (var child in node.Details)
        {
            if (!IsConditionBranch(child))
            {
                Collect(child, problems);
            }
        }
    }

    private static bool IsConditionBranch(EvaluationResults child) =>
        child.EvaluationPath.ToString().EndsWith("/if", StringComparison.Ordinal);

    // The library's texts do not say which pattern, which values or which property; the schema does.
    private static string Describe(EvaluationResults node, string keyword, string message)
    {
        var schema = SchemaAt(node.SchemaLocation);
        if (keyword == "pattern" && schema?["pattern"] is JsonValue pattern)
        {
            return $"does not match the pattern {pattern}";
        }

        if (keyword == "enum" && schema?["enum"] is JsonArray values)
        {
            return $"must be one of {string.Join(", ", values.Select(value => value?.ToJsonString()))}";
        }

        // A property that additionalProperties: false rejects is reported at the property itself.
        if (keyword.Length == 0 && node.EvaluationPath.ToString().EndsWith("/additionalProperties", StringComparison.Ordinal))
        {
            return $"unknown property{AllowedProperties(node.SchemaLocation)}";
        }

        return message;
    }

    private static string AllowedProperties(Uri additionalPropertiesLocation)
    {
        var fragment = additionalPropertiesLocation.Fragment;
        var parent = fragment[..fragment.LastIndexOf('/')];
        return SchemaAt(parent)?["properties"] is JsonObject properties
            ? $"; allowed: {string.Join(", ", properties.Select(property => property.Key))}"
            : string.Empty;
    }

    private static JsonNode? SchemaAt(Uri location) => SchemaAt(location.Fragment);
}
