using System.Text.Json.Nodes;
using Lumo.Sandbox.Contract;
using Microsoft.OpenApi.Models;

namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>
/// JSON bodies shaped like an operation's request schema with one defect: a property of the wrong type or null,
/// an unknown property, a 100 KB string, a missing required property, or no object at all.
/// </summary>
internal static class SchemaBodies
{
    public static (string Defect, string Json) Generate(OperationDescriptor op, Random random)
    {
        var schema = op.Operation.RequestBody?.Content.TryGetValue("application/json", out var media) == true ? media.Schema : null;
        var properties = schema?.Properties?.ToList() ?? [];
        var body = new JsonObject();
        foreach (var (name, property) in properties)
        {
            body[name] = Plausible(property);
        }

        var which = random.Next(6);
        if (properties.Count == 0 || which == 0)
        {
            string[] notObjects = ["[]", "\"text\"", "42", "null", "true", "[{}]"];
            return ("not-an-object", notObjects[random.Next(notObjects.Length)]);
        }

        var (target, targetSchema) = properties[random.Next(properties.Count)];
        switch (which)
        {
            case 1:
                body[target] = WrongType(targetSchema);
                return ($"wrong-type:{target}", body.ToJsonString());
            case 2:
                body[target] = null;
                return ($"null:{target}", body.ToJsonString());
            case 3:
                body["zzUnknown" + random.Next(100)] = 1;
                return ("unknown-property", body.ToJsonString());
            case 4:
                body[target] = new string('s', 100 * 1024);
                return ($"huge-string:{target}", body.ToJsonString());
            default:
                var required = schema!.Required.ToList();
                if (required.Count == 0)
                {
                    body[target] = WrongType(targetSchema);
                    return ($"wrong-type:{target}", body.ToJsonString());
                }

                body.Remove(required[random.Next(required.Count)]);
                return ("missing-required", body.ToJsonString());
        }
    }

    private static JsonNode? Plausible(OpenApiSchema schema) => schema.Type switch
    {
        "integer" => 1,
        "number" => 1.5,
        "boolean" => true,
        "array" => new JsonArray(),
        "object" => new JsonObject(),
        _ => schema.Enum?.Count > 0 ? JsonValue.Create(schema.Enum[0]?.ToString()) : "x",
    };

    private static JsonNode WrongType(OpenApiSchema schema) => schema.Type switch
    {
        "string" => 12345,
        "integer" or "number" => new JsonObject { ["n"] = 1 },
        "boolean" => new JsonArray(true),
        "array" => "not-an-array",
        "object" => 7,
        _ => new JsonArray(new JsonObject()),
    };
}
