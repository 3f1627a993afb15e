using static Lumo.Sandbox.Tests.Contract.Validation.OpenApiYaml;

namespace Lumo.Sandbox.Tests.Contract.Validation;

public sealed class SchemaValidatorArrayTests
{
    [TestCase("[\"a\", \"b\"]")]
    [TestCase("[\"a\", 2, \"c\", true]", "tags[1] must be a string", "tags[3] must be a string")]
    [TestCase("[\"a\", null]", "tags[1] must not be null")]
    public void Items_are_validated_with_their_index(string json, params string[] expected) =>
        Assert.That(Errors("{type: array, items: {type: string}}", json, "tags"), Is.EqualTo(expected));

    [TestCase("[1]")]
    [TestCase("[1, 2, 3]")]
    [TestCase("[]", "ids must contain at least 1 elements")]
    [TestCase("[1, 2, 3, 4]", "ids must contain no more than 3 elements")]
    public void MinItems_and_maxItems(string json, params string[] expected) =>
        Assert.That(Errors("{type: array, minItems: 1, maxItems: 3}", json, "ids"), Is.EqualTo(expected));

    [TestCase("[1, 2, 3]")]
    [TestCase("[{\"a\": 1, \"b\": 2}, {\"a\": 1, \"b\": 3}]")]
    [TestCase("[1, 2, 1]", "All ids's elements must be unique")]
    [TestCase("[1, 1.0]", "All ids's elements must be unique")]
    [TestCase("[{\"a\": 1, \"b\": 2}, {\"b\": 2, \"a\": 1}]", "All ids's elements must be unique")]
    public void UniqueItems_compares_json_values(string json, params string[] expected) =>
        Assert.That(Errors("{type: array, uniqueItems: true}", json, "ids"), Is.EqualTo(expected));

    [Test]
    public void UniqueItems_false_allows_duplicates() =>
        Assert.That(Errors("{type: array, uniqueItems: false}", "[1, 1]"), Is.Empty);

    [Test]
    public void Objects_inside_arrays_report_indexed_paths()
    {
        const string schema = """
            type: object
            properties:
              orders:
                type: array
                items:
                  type: object
                  required: [id]
                  properties:
                    id: {type: string}
                    status: {type: string, enum: [created, success]}
            """;

        Assert.That(
            Errors(schema, "{\"orders\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"}, {\"status\": \"lost\"}]}"),
            Is.EqualTo(new[] { "orders[3].id is required", "orders[3].status must be one of the following values: created, success" }));
        Assert.That(Errors(schema, "{\"orders\": {}}"), Is.EqualTo(new[] { "orders must be an array" }));
    }

    [Test]
    public void Arrays_of_arrays_stack_indexes() =>
        Assert.That(
            Errors("{type: array, items: {type: array, items: {type: integer}}}", "[[1], [2, \"x\"]]", "matrix"),
            Is.EqualTo(new[] { "matrix[1][1] must be an integer number" }));
}
