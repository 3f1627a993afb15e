using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Lumo.Sandbox.Scenarios;
using Lumo.Sandbox.Scenarios.Json;

namespace Lumo.Sandbox.Tests.Scenarios;

public sealed class ScenarioSchemaTests
{
    private static JsonObject Schema => JsonNode.Parse(ScenarioLoader.SchemaJson)!.AsObject();

    [Test]
    public void Schema_is_valid_draft_2020_12()
    {
        var results = MetaSchemas.Draft202012.Evaluate(Schema, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.That(results.IsValid, Is.True);
        Assert.That(Schema["$id"]?.GetValue<string>(), Is.EqualTo("https://lumo.sandbox/scenario.schema.json"));
        Assert.That(Schema["$schema"]?.GetValue<string>(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
    }

    [Test]
    public void Every_property_and_definition_has_a_title_and_a_description()
    {
        // docs/scenarios.md's field reference is rendered from these.
        var undocumented = new List<string>();
        VisitSchemas(Schema, "#", (schema, pointer, isNamed) =>
        {
            if (isNamed && (schema["title"] is null || schema["description"] is null))
            {
                undocumented.Add(pointer);
            }
        });

        Assert.That(undocumented, Is.Empty);
    }

    [Test]
    public void Every_object_schema_forbids_unknown_properties()
    {
        var open = new List<string>();
        VisitSchemas(Schema, "#", (schema, pointer, _) =>
        {
            if (schema["properties"] is not null && schema["additionalProperties"]?.GetValueKind() != JsonValueKind.False)
            {
                open.Add(pointer);
            }
        });

        Assert.That(open, Is.Empty);
    }

    [TestCase("/properties/seed", "1")]
    [TestCase("/$defs/clock/properties/mode", "\"real\"")]
    [TestCase("/$defs/rate/properties/usdtRub", "95.0")]
    [TestCase("/$defs/company/properties/isActive", "true")]
    [TestCase("/$defs/company/properties/usdtBalance", "0")]
    [TestCase("/$defs/company/properties/qrRateOffsetBps", "0")]
    public void Schema_defaults_state_the_documented_values(string pointer, string expectedJson) =>
        Assert.That(JsonNode.DeepEquals(At(pointer)["default"], JsonNode.Parse(expectedJson)), Is.True, pointer);

    [Test]
    public void Schema_defaults_match_what_the_loader_applies()
    {
        var applied = JsonSerializer.SerializeToNode(ScenarioText.Load(ScenarioText.Minimal), ScenarioJsonContext.Default.Scenario)!;

        foreach (var timing in At("/$defs/timing/properties").AsObject())
        {
            Assert.That(JsonNode.DeepEquals(timing.Value!["default"], applied["timing"]![timing.Key]), Is.True, timing.Key);
        }

        Assert.That(JsonNode.DeepEquals(At("/$defs/defaults/properties/order")["default"], applied["defaults"]!["order"]), Is.True);
        Assert.That(JsonNode.DeepEquals(At("/$defs/defaults/properties/dispute")["default"], applied["defaults"]!["dispute"]), Is.True);
    }

    [TestCase("/$defs/apiKey/pattern", "^lb2b_[0-9a-f]{32}$")]
    [TestCase("/$defs/company/properties/depositForwardAddress/pattern", "^T[1-9A-HJ-NP-Za-km-z]{33}$")]
    public void Schema_patterns(string pointer, string pattern)
    {
        var parent = At(pointer[..pointer.LastIndexOf('/')]);

        Assert.That(parent[pointer[(pointer.LastIndexOf('/') + 1)..]]?.GetValue<string>(), Is.EqualTo(pattern));
    }

    private static JsonNode At(string pointer)
    {
        JsonNode current = Schema;
        foreach (var segment in pointer.Split('/').Skip(1))
        {
            current = current[segment] ?? throw new AssertionException($"No {pointer} in the schema.");
        }

        return current;
    }

    // Visits every subschema; isNamed is true for property schemas and $defs entries, which readers see by name.
    // The branches of if/then only restate requirements and are not documentation.
    private static void VisitSchemas(JsonObject schema, string pointer, Action<JsonObject, string, bool> visit, bool isNamed = false)
    {
        visit(schema, pointer, isNamed);
        foreach (var keyword in new[] { "properties", "$defs" })
        {
            if (schema[keyword] is JsonObject named)
            {
                foreach (var (name, child) in named)
                {
                    VisitSchemas(child!.AsObject(), $"{pointer}/{keyword}/{name}", visit, isNamed: true);
                }
            }
        }

        if (schema["items"] is JsonObject items)
        {
            VisitSchemas(items, $"{pointer}/items", visit);
        }
    }
}
