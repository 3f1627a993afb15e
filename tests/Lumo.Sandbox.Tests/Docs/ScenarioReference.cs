using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Lumo.Sandbox.Tests.Docs;

/// <summary>Renders the scenario file reference of docs/scenarios.md from scenarios/scenario.schema.json: one row per field, in schema order.</summary>
internal static class ScenarioReference
{
    public static string Render(string schemaJson)
    {
        var root = JsonNode.Parse(schemaJson)!.AsObject();
        var text = new StringBuilder();
        text.Append("| field | type | default | meaning |\n|---|---|---|---|\n");
        Rows(root, root, "", text);
        return text.ToString();
    }

    private static void Rows(JsonObject root, JsonObject schema, string prefix, StringBuilder text)
    {
        if (schema["properties"] is not JsonObject properties)
        {
            return;
        }

        var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var (name, node) in properties)
        {
            var own = node!.AsObject();
            var resolved = Resolve(root, own);
            var path = prefix + name;
            var meaning = Cell(Meaning(own, resolved));
            text.Append(CultureInfo.InvariantCulture, $"| `{path}`{(required.Contains(name) ? " (required)" : "")} | {Cell(TypeOf(root, resolved))} | {Cell(DefaultOf(own, resolved))} | {meaning} |\n");
            if (resolved["items"] is JsonObject items && Resolve(root, items) is { } item && item["properties"] is not null)
            {
                Rows(root, item, path + "[].", text);
            }
            else
            {
                Rows(root, resolved, path + ".", text);
            }
        }
    }

    // A property's own title/description win over those of the definition it refers to.
    private static string Meaning(JsonObject own, JsonObject resolved)
    {
        var title = (own["title"] ?? resolved["title"])?.GetValue<string>();
        var description = (own["description"] ?? resolved["description"])?.GetValue<string>();
        return title is null ? description ?? "" : $"**{title}.** {description}";
    }

    private static string DefaultOf(JsonObject own, JsonObject resolved) =>
        (own["default"] ?? resolved["default"]) is { } value ? $"`{value.ToJsonString()}`" : "";

    private static string TypeOf(JsonObject root, JsonObject schema)
    {
        if (schema["enum"] is JsonArray values)
        {
            return string.Join(" | ", values.Select(v => $"`{v!.GetValue<string>()}`"));
        }

        var types = schema["type"] switch
        {
            JsonArray many => many.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue one => [one.GetValue<string>()],
            _ => ["object"],
        };
        var type = string.Join(" or ", types);
        if (types.Contains("array") && schema["items"] is JsonObject items)
        {
            var item = Resolve(root, items);
            type = $"array of {(item["title"] ?? "items")}";
        }

        var limits = new List<string>();
        Add(limits, schema, "format", v => v.GetValue<string>());
        Add(limits, schema, "pattern", v => $"`{v.GetValue<string>()}`");
        Add(limits, schema, "minLength", v => $"length ≥ {v}");
        Add(limits, schema, "maxLength", v => $"length ≤ {v}");
        Add(limits, schema, "minimum", v => $"≥ {v}");
        Add(limits, schema, "exclusiveMinimum", v => $"> {v}");
        Add(limits, schema, "maximum", v => $"≤ {v}");
        Add(limits, schema, "minItems", v => $"≥ {v} items");
        return limits.Count == 0 ? type : $"{type} ({string.Join(", ", limits)})";
    }

    private static void Add(List<string> limits, JsonObject schema, string keyword, Func<JsonNode, string> format)
    {
        if (schema[keyword] is { } value)
        {
            limits.Add(format(value));
        }
    }

    private static JsonObject Resolve(JsonObject root, JsonObject schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/$defs/", StringComparison.Ordinal)
            ? root["$defs"]![reference["#/$defs/".Length..]]!.AsObject()
            : schema;

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
