using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lumo.Sandbox.Scenarios.Validation;

/// <summary>
/// Finds numbers outside decimal's range (e.g. 1e300). JsonSchema.Net reads every number as a decimal and throws
/// on those, so they are reported here, with their paths, before the schema runs.
/// </summary>
internal static class NumberRange
{
    public static IReadOnlyList<ScenarioProblem> Check(JsonNode document)
    {
        var problems = new List<ScenarioProblem>();
        Visit(document, ScenarioPath.Root, problems);
        return problems;
    }

    private static void Visit(JsonNode? node, string path, List<ScenarioProblem> problems)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Visit(child, ScenarioPath.Property(path, name), problems);
                }

                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    Visit(array[index], ScenarioPath.Item(path, index), problems);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number && !value.TryGetValue<decimal>(out _):
                problems.Add(new(path, $"the number {value.ToJsonString()} is out of range"));
                break;
        }
    }
}
