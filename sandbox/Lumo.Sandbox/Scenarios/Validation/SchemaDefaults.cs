using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lumo.Sandbox.Scenarios.Validation;

/// <summary>
/// Writes the schema's <c>default</c> values into a schema-valid document wherever a property is missing.
/// </summary>
/// <remarks>
/// Why: the System.Text.Json source generator builds records with init-only properties through an object
/// initializer that assigns every property, so a property missing from the JSON gets default(T) instead of its
/// initializer (dotnet/runtime#84484). Completing the document first keeps the records immutable and makes the
/// schema, which docs/scenarios.md documents, the one source of the defaults. The records' initializers restate them
/// for code that builds scenarios directly; a test keeps both in step.
/// </remarks>
internal static class SchemaDefaults
{
    public static void Apply(JsonObject document) => Apply(document, ScenarioSchema.Document);

    private static void Apply(JsonNode instance, JsonObject schema)
    {
        var target = Resolve(schema);
        if (instance is JsonObject obj && target["properties"] is JsonObject properties)
        {
            foreach (var (name, propertyNode) in properties)
            {
                var propertySchema = propertyNode!.AsObject();
                if (!obj.ContainsKey(name) && DefaultOf(propertySchema) is { } defaultValue)
                {
                    obj[name] = defaultValue.DeepClone();
                }

                if (obj[name] is { } value)
                {
                    Apply(value, propertySchema);
                }
            }
        }
        else if (instance is JsonArray array && target["items"] is JsonObject items)
        {
            foreach (var item in array)
            {
                if (item is not null)
                {
                    Apply(item, items);
                }
            }
        }
    }

    // A property's default may sit beside its $ref (the usual place) or in the referenced definition.
    // Null defaults are skipped: a missing nullable property already reads as null.
    private static JsonNode? DefaultOf(JsonObject propertySchema) =>
        (propertySchema["default"] ?? Resolve(propertySchema)["default"]) is { } value && value.GetValueKind() != JsonValueKind.Null
            ? value
            : null;

    private static JsonObject Resolve(JsonObject schema)
    {
        while (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            // The scenario schema only has local references of the form #/$defs/name.
            schema = ScenarioSchema.SchemaAt(reference)!.AsObject();
        }

        return schema;
    }
}
