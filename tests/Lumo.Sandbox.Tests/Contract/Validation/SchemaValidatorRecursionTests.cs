using System.Text.Json;
using Lumo.Sandbox.Contract.Validation;
using Microsoft.OpenApi.Models;
using static Lumo.Sandbox.Tests.Contract.Validation.OpenApiYaml;

namespace Lumo.Sandbox.Tests.Contract.Validation;

public sealed class SchemaValidatorRecursionTests
{
    private const string Tree = """
        Node:
          type: object
          additionalProperties: false
          required: [name]
          properties:
            name: {type: string, minLength: 1}
            parent: {$ref: '#/components/schemas/Node'}
            children:
              type: array
              items: {$ref: '#/components/schemas/Node'}
        """;

    [Test]
    public void A_self_referencing_schema_compiles_and_validates_at_every_depth()
    {
        var node = WithSchemas(Tree).Components.Schemas["Node"];
        var validator = SchemaValidator.Compile(node);
        using var document = JsonDocument.Parse("""
            {"name": "root", "children": [
              {"name": "a", "children": [{"name": ""}, {"name": "c", "parent": {"nam": "x"}}]}
            ]}
            """);
        var errors = new List<string>();

        validator.Validate(document.RootElement, "tree", errors);

        Assert.That(errors, Is.EqualTo(new[]
        {
            "tree.children[0].children[0].name must be longer than or equal to 1 characters",
            "property tree.children[0].children[1].parent.nam should not exist",
            "tree.children[0].children[1].parent.name is required",
        }));
    }

    [Test]
    public void A_schema_shared_by_reference_compiles_once()
    {
        var document = WithSchemas(Tree + "\nPair:\n  type: object\n  properties:\n    left: {$ref: '#/components/schemas/Node'}\n    right: {$ref: '#/components/schemas/Node'}\n");
        var compiler = new SchemaCompiler();

        var pair = compiler.Compile(document.Components.Schemas["Pair"]);
        var node = compiler.Compile(document.Components.Schemas["Node"]);

        Assert.That(compiler.Compile(document.Components.Schemas["Pair"]), Is.SameAs(pair));
        Assert.That(compiler.Compile(document.Components.Schemas["Pair"].Properties["right"]), Is.SameAs(node));
    }

    [Test]
    public void A_schema_that_only_refers_to_itself_stops_at_the_depth_guard()
    {
        var loop = WithSchemas("Loop:\n  allOf: [{$ref: '#/components/schemas/Loop'}]\n").Components.Schemas["Loop"];
        var validator = SchemaValidator.Compile(loop);
        using var document = JsonDocument.Parse("{}");
        var errors = new List<string>();

        validator.Validate(document.RootElement, string.Empty, errors);

        Assert.That(errors, Is.EqualTo(new[] { "body is nested too deeply" }));
    }

    [Test]
    public void Deep_but_finite_data_is_validated()
    {
        var validator = SchemaValidator.Compile(WithSchemas(Tree).Components.Schemas["Node"]);
        var json = string.Concat(Enumerable.Repeat("{\"name\": \"n\", \"children\": [", 30)) + "{\"name\": 1}" + string.Concat(Enumerable.Repeat("]}", 30));
        using var document = JsonDocument.Parse(json);
        var errors = new List<string>();

        validator.Validate(document.RootElement, string.Empty, errors);

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0], Does.StartWith("children[0].children[0].").And.EndWith("[0].name must be a string"));
    }

    [Test]
    public void An_unresolved_reference_fails_at_compile_time()
    {
        var schema = new OpenApiSchema
        {
            UnresolvedReference = true,
            Reference = new OpenApiReference { Type = ReferenceType.Schema, Id = "Missing" },
        };

        Assert.That(() => SchemaValidator.Compile(schema), Throws.InvalidOperationException.With.Message.Contains("Missing"));
    }

    [TestCase("{\"name\": \"n\", \"children\": [{\"name\": \"m\"}]}", true)]
    [TestCase("{\"name\": \"n\", \"children\": [{\"name\": 2}]}", false)]
    public void IsValid_probes_without_messages(string json, bool expected)
    {
        var validator = SchemaValidator.Compile(WithSchemas(Tree).Components.Schemas["Node"]);
        using var document = JsonDocument.Parse(json);

        Assert.That(validator.IsValid(document.RootElement), Is.EqualTo(expected));
    }
}
