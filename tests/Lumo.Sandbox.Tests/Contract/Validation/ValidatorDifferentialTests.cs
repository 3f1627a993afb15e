using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Contract.Validation;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Writers;

namespace Lumo.Sandbox.Tests.Contract.Validation;

/// <summary>
/// The sandbox's own validator against JsonSchema.Net (draft 2020-12, formats asserted) on the same schemas: for
/// every request body schema and parameter schema of the document, seeded instances near and across each limit
/// must be accepted or refused by both alike. The OpenAPI 3.0 schema is translated the standard way
/// (<c>nullable</c> adds <c>null</c> to the type and enum, boolean <c>exclusiveMinimum</c> becomes the number form).
/// </summary>
public sealed class ValidatorDifferentialTests
{
    private const int InstancesPerSchema = 200;
    private static readonly OpenApiDocument Document = OpenApiDocumentLoader.Load(null).Document;
    private static readonly JsonObject Definitions = new(Document.Components.Schemas.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)Translate(Write(s.Value, inline: true)))));
    private static int _ids;

    public static IEnumerable<TestCaseData> Targets()
    {
        foreach (var (path, item) in Document.Paths)
        {
            foreach (var (method, operation) in item.Operations)
            {
                if (operation.RequestBody?.Content.TryGetValue("application/json", out var media) == true)
                {
                    yield return new TestCaseData(operation.OperationId, "body").SetName($"{operation.OperationId} body");
                }

                foreach (var parameter in operation.Parameters.Concat(item.Parameters))
                {
                    yield return new TestCaseData(operation.OperationId, $"{parameter.In}:{parameter.Name}").SetName($"{operation.OperationId} {parameter.In} {parameter.Name}");
                }
            }
        }
    }

    [TestCaseSource(nameof(Targets))]
    public void The_sandbox_and_JsonSchema_Net_agree(string operationId, string target)
    {
        var operation = Document.Paths.SelectMany(p => p.Value.Operations.Values.Select(o => (Item: p.Value, Operation: o))).Single(o => o.Operation.OperationId == operationId);
        var schema = target == "body"
            ? operation.Operation.RequestBody.Content["application/json"].Schema
            : operation.Operation.Parameters.Concat(operation.Item.Parameters).First(p => $"{p.In}:{p.Name}" == target).Schema;
        var ours = SchemaValidator.Compile(schema);
        var reference = ReferenceSchema(schema);
        var random = new Random(HashCode.Combine(operationId.Length, target.Length, 1597) ^ string.Concat(operationId, target).Sum(c => c));
        var generator = new InstanceGenerator(random, Definitions);
        var translated = Translate(Write(schema, inline: false));

        var disagreements = new List<string>();
        var accepted = 0;
        for (var i = 0; i < InstancesPerSchema; i++)
        {
            var instance = generator.Next(translated);
            var text = instance?.ToJsonString() ?? "null";
            using var element = JsonDocument.Parse(text);
            var sandbox = ours.IsValid(element.RootElement);
            var library = reference.Evaluate(JsonNode.Parse(text), new EvaluationOptions { RequireFormatValidation = true }).IsValid;
            accepted += sandbox ? 1 : 0;
            if (sandbox != library && !(library && ImpossibleDate(instance)))
            {
                disagreements.Add($"{text}: sandbox {(sandbox ? "accepts" : "refuses")}, JsonSchema.Net {(library ? "accepts" : "refuses")}");
            }
        }

        // Both sides of the line are explored: instances that pass and instances that fail.
        Assert.That(accepted, Is.InRange(1, InstancesPerSchema - 1), "accepted instances");
        Assert.That(disagreements, Is.Empty, () => $"{disagreements.Count} of {InstancesPerSchema}; first ones:{Environment.NewLine}{string.Join(Environment.NewLine, disagreements.Take(10))}");
    }

    // The one documented difference: JsonSchema.Net 7.4's date-time check accepts a string of the right shape with an
    // impossible date (month 13); RFC 3339 and the sandbox refuse it.
    private static bool ImpossibleDate(JsonNode? instance) =>
        instance is JsonValue value && value.TryGetValue<string>(out var text)
        && System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
        && !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    private static JsonSchema ReferenceSchema(OpenApiSchema schema)
    {
        var root = Translate(Write(schema, inline: false)) as JsonObject ?? new JsonObject();
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$id"] = $"https://lumo.test/differential/{Interlocked.Increment(ref _ids)}";
        root["$defs"] = Definitions.DeepClone();
        return JsonSchema.FromText(root.ToJsonString());
    }

    private static JsonNode Write(OpenApiSchema schema, bool inline)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new OpenApiJsonWriter(text);
        if (inline)
        {
            schema.SerializeAsV3WithoutReference(writer);
        }
        else
        {
            schema.SerializeAsV3(writer);
        }

        return JsonNode.Parse(text.ToString())!;
    }

    // OpenAPI 3.0 → JSON Schema 2020-12: refs to $defs, nullable as a null type (and enum member), boolean exclusive limits.
    internal static JsonNode? Translate(JsonNode? node)
    {
        if (node is not JsonObject schema)
        {
            return node?.DeepClone();
        }

        var result = new JsonObject();
        foreach (var (key, value) in schema)
        {
            switch (key)
            {
                case "$ref":
                    result[key] = value!.GetValue<string>().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
                    break;
                case "properties":
                    result[key] = new JsonObject(value!.AsObject().Select(p => KeyValuePair.Create(p.Key, Translate(p.Value))));
                    break;
                case "items" or "additionalProperties" or "not":
                    result[key] = Translate(value);
                    break;
                case "allOf" or "anyOf" or "oneOf":
                    result[key] = new JsonArray([.. value!.AsArray().Select(Translate)]);
                    break;
                case "nullable" or "example" or "discriminator" or "readOnly" or "writeOnly" or "xml" or "externalDocs" or "deprecated":
                    break;
                case "exclusiveMinimum" or "exclusiveMaximum":
                    if (value!.GetValue<bool>())
                    {
                        result[key] = schema[key == "exclusiveMinimum" ? "minimum" : "maximum"]!.DeepClone();
                    }

                    break;
                default:
                    result[key] = value?.DeepClone();
                    break;
            }
        }

        if (schema["exclusiveMinimum"]?.GetValue<bool>() == true)
        {
            result.Remove("minimum");
        }

        if (schema["exclusiveMaximum"]?.GetValue<bool>() == true)
        {
            result.Remove("maximum");
        }

        if (schema["nullable"]?.GetValue<bool>() == true && result["type"] is JsonValue type)
        {
            result["type"] = new JsonArray(type.GetValue<string>(), "null");
            if (result["enum"] is JsonArray values && !values.Any(v => v is null))
            {
                values.Add(null);
            }
        }

        return result;
    }
}
