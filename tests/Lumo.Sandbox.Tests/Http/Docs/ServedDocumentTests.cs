using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Contract.Validation;
using Lumo.Sandbox.Testing;
using Microsoft.OpenApi.Writers;
using YamlDotNet.RepresentationModel;

namespace Lumo.Sandbox.Tests.Http.Docs;

/// <summary>The served document says what the server does, the same in YAML and JSON, with examples that hold.</summary>
public sealed class ServedDocumentTests
{
    private static readonly LoadedDocument Embedded = OpenApiDocumentLoader.Load(null);

    [Test]
    public void Every_control_operation_declares_the_admin_token_optional_and_health_needs_none()
    {
        var problems = new List<string>();
        foreach (var (path, item) in Embedded.Document.Paths.Where(p => p.Key.StartsWith("/_sandbox/", StringComparison.Ordinal)))
        {
            foreach (var (method, operation) in item.Operations)
            {
                var declared = string.Join(", ", operation.Security.Select(r => "{" + string.Join(",", r.Keys.Select(k => k.Reference.Id)) + "}"));
                var expected = path == "/_sandbox/health" ? "{}" : "{}, {sandboxAdminToken}";
                if (declared != expected)
                {
                    problems.Add($"{method} {path}: security [{declared}], expected [{expected}] (see ControlSecurity)");
                }
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public async Task A_sandbox_without_a_token_serves_the_control_token_as_optional()
    {
        await using var sandbox = await LumoSandbox.StartAsync(o => o.WithVirtualClock());
        using var client = sandbox.CreateClient();

        var json = JsonNode.Parse(await client.GetStringAsync(new Uri("openapi.json", UriKind.Relative)))!;

        Assert.That(SecurityOf(json, "/_sandbox/reset", "post"), Is.EqualTo("[{},{\"sandboxAdminToken\":[]}]"));
        Assert.That(await client.GetStringAsync(new Uri("openapi.yaml", UriKind.Relative)), Is.EqualTo(Embedded.Text));
    }

    [Test]
    public async Task A_sandbox_with_a_token_serves_the_control_token_as_required_in_yaml_and_json()
    {
        await using var sandbox = await LumoSandbox.StartAsync(o => o.WithVirtualClock().WithAdminToken("s3cret"));
        using var client = sandbox.CreateClient();

        var yaml = await client.GetStringAsync(new Uri("openapi.yaml", UriKind.Relative));
        var json = JsonNode.Parse(await client.GetStringAsync(new Uri("openapi.json", UriKind.Relative)))!;
        var served = OpenApiDocumentLoader.Parse(yaml, "served");

        var controlOperations = served.Document.Paths.Where(p => p.Key.StartsWith("/_sandbox/", StringComparison.Ordinal) && p.Key != "/_sandbox/health")
            .SelectMany(p => p.Value.Operations.Values).ToList();
        Assert.That(controlOperations, Has.Count.GreaterThan(15));
        Assert.That(controlOperations.Select(o => o.Security.Count == 1 && o.Security[0].Keys.Single().Reference.Id == "sandboxAdminToken"), Is.All.True);
        Assert.That(SecurityOf(json, "/_sandbox/clock/advance", "post"), Is.EqualTo("[{\"sandboxAdminToken\":[]}]"));
        Assert.That(SecurityOf(json, "/_sandbox/health", "get"), Is.EqualTo("[{}]"));
        Assert.That(SecurityOf(json, "/orders/prepare", "post"), Is.EqualTo(SecurityOf(JsonNode.Parse(OpenApiJsonText(Embedded.Text))!, "/orders/prepare", "post")));
    }

    [Test]
    public void Control_operations_need_the_token_in_the_catalog_whether_it_is_optional_or_required()
    {
        var catalog = OperationCatalog.Build(Embedded);
        var guarded = OperationCatalog.Build(OpenApiDocumentLoader.Parse(ControlSecurity.Served(Embedded.Text, tokenRequired: true), "guarded"));

        foreach (var built in new[] { catalog, guarded })
        {
            Assert.That(built.Operations.Single(o => o.OperationId == "resetSandbox").Security, Is.EqualTo(OperationSecurity.AdminToken));
            Assert.That(built.Operations.Single(o => o.OperationId == "getSandboxHealth").Security, Is.EqualTo(OperationSecurity.Anonymous));
            Assert.That(built.Operations.Single(o => o.OperationId == "prepareOrder").Security, Is.EqualTo(OperationSecurity.ApiKey));
        }
    }

    [Test]
    public void The_json_is_the_yaml_value_for_value()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Embedded.Text));
        var json = JsonNode.Parse(OpenApiJsonText(Embedded.Text))!;

        var differences = new List<string>();
        Compare(yaml.Documents[0].RootNode, json, "#", differences);

        Assert.That(differences, Is.Empty);
        Assert.That(json["openapi"]!.GetValue<string>(), Is.EqualTo("3.0.3"));
        Assert.That(json["components"]!["schemas"]!["Scenario"]!["additionalProperties"]!.GetValue<bool>(), Is.True);
        Assert.That(json["components"]!["schemas"]!["WebhookEvent"]!["properties"]!["data"]!["additionalProperties"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public void Yaml_scalars_become_json_values_by_the_core_schema()
    {
        var json = JsonNode.Parse(OpenApiJsonText("a: 3.0.3\nb: '1.0'\nc: 30\nd: 0.50\ne: true\nf: null\ng: ~\nh: \"true\"\ni: 2026-01-01T12:00:00Z\nj: -1e3\nk: [1, x]\n"))!;

        Assert.That(json.ToJsonString(), Is.EqualTo("{\"a\":\"3.0.3\",\"b\":\"1.0\",\"c\":30,\"d\":0.50,\"e\":true,\"f\":null,\"g\":null,\"h\":\"true\",\"i\":\"2026-01-01T12:00:00Z\",\"j\":-1000,\"k\":[1,\"x\"]}"));
    }

    [Test]
    public void Every_response_example_is_valid_against_its_schema()
    {
        var problems = new List<string>();
        foreach (var (path, item) in Embedded.Document.Paths)
        {
            foreach (var (method, operation) in item.Operations)
            {
                var validator = ResponseValidator.Compile(operation);
                foreach (var (status, response) in operation.Responses.Where(r => int.TryParse(r.Key, out _)))
                {
                    if (response.Content.TryGetValue("application/json", out var media) && media.Example is { } example)
                    {
                        using var body = JsonDocument.Parse(Write(example));
                        var errors = new List<string>();
                        validator.Validate(int.Parse(status, CultureInfo.InvariantCulture), body.RootElement, errors);
                        problems.AddRange(errors.Select(e => $"{method} {path} {status}: {e}"));
                    }
                }
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Nullable_enums_reference_their_one_schema_instead_of_repeating_it_with_null()
    {
        var schemas = Embedded.Document.Components.Schemas;
        var inlineNullEnums = schemas.SelectMany(s => s.Value.Properties.Select(p => (Name: $"{s.Key}.{p.Key}", Schema: p.Value)))
            .Where(p => p.Schema.Enum.Count(v => v is not Microsoft.OpenApi.Any.OpenApiNull) > 0 && p.Schema.Enum.Any(v => v is Microsoft.OpenApi.Any.OpenApiNull))
            .Select(p => p.Name);

        Assert.That(inlineNullEnums, Is.Empty);
        foreach (var owner in new[] { "Dispute", "SandboxDispute" })
        {
            // OpenAPI 3.0: a $ref is nullable only through an alternative that allows null alone.
            var resolution = schemas[owner].Properties["resolution"];
            Assert.That(resolution.AnyOf, Has.Count.EqualTo(2), owner);
            Assert.That(resolution.AnyOf[0].Reference.Id, Is.EqualTo("DisputeResolution"), owner);
            Assert.That(resolution.AnyOf[1].Nullable, Is.True, owner);
            Assert.That(resolution.AnyOf[1].Enum, Has.Count.EqualTo(1).And.All.InstanceOf<Microsoft.OpenApi.Any.OpenApiNull>(), owner);
        }
    }

    private static string OpenApiJsonText(string yaml) => System.Text.Encoding.UTF8.GetString(Lumo.Sandbox.Http.Docs.OpenApiJson.Write(yaml));

    private static string SecurityOf(JsonNode document, string path, string method) => document["paths"]![path]![method]!["security"]!.ToJsonString();

    private static string Write(Microsoft.OpenApi.Any.IOpenApiAny any)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        any.Write(new OpenApiJsonWriter(text), Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_0);
        return text.ToString();
    }

    // An independent reading of the YAML (YamlDotNet): plain scalars compare by their JSON text, quoted ones as strings.
    private static void Compare(YamlNode yaml, JsonNode? json, string at, List<string> differences)
    {
        switch (yaml)
        {
            case YamlMappingNode map when json is JsonObject obj:
                var keys = map.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
                if (!keys.Order(StringComparer.Ordinal).SequenceEqual(obj.Select(p => p.Key).Order(StringComparer.Ordinal)))
                {
                    differences.Add($"{at}: keys [{string.Join(",", keys)}] vs [{string.Join(",", obj.Select(p => p.Key))}]");
                    return;
                }

                foreach (var (key, value) in map.Children)
                {
                    var name = ((YamlScalarNode)key).Value!;
                    Compare(value, obj[name], $"{at}/{name}", differences);
                }

                break;
            case YamlSequenceNode list when json is JsonArray array && list.Children.Count == array.Count:
                for (var i = 0; i < array.Count; i++)
                {
                    Compare(list.Children[i], array[i], $"{at}/{i}", differences);
                }

                break;
            case YamlScalarNode scalar:
                var expected = scalar.Style is YamlDotNet.Core.ScalarStyle.Plain
                    ? scalar.Value switch
                    {
                        "null" or "~" or "" => "null",
                        "true" or "false" => scalar.Value,
                        var v when decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && !v.Contains(' ', StringComparison.Ordinal) => v,
                        var v => JsonSerializer.Serialize(v),
                    }
                    : JsonSerializer.Serialize(scalar.Value);
                var actual = json?.ToJsonString() ?? "null";
                if (actual != expected && !(json is JsonValue number && number.GetValueKind() == JsonValueKind.Number && decimal.Parse(expected, NumberStyles.Float, CultureInfo.InvariantCulture) == number.GetValue<decimal>()))
                {
                    differences.Add($"{at}: {expected} vs {actual}");
                }

                break;
            default:
                differences.Add($"{at}: {yaml.NodeType} vs {json?.GetValueKind()}");
                break;
        }
    }
}
