using static Lumo.Sandbox.Tests.Contract.Validation.OpenApiYaml;


namespace Lumo.Sandbox.Tests.Contract.Validation;

public sealed class SchemaValidatorCompositionTests
{
    private const string Parts = """
        Identified:
          type: object
          required: [id]
          properties:
            id: {type: string, format: uuid}
        Timestamped:
          type: object
          required: [createdAt]
          properties:
            createdAt: {type: string, format: date-time}
        """;

    [TestCase("{\"id\": \"3f2c0d3e-8b1a-4c4e-9a57-2f1d0b6c7e10\", \"createdAt\": \"2024-05-01T12:30:00Z\"}")]
    [TestCase("{\"id\": \"x\"}", "id must be a UUID", "createdAt is required")]
    [TestCase("5", "body must be an object")]
    public void AllOf_applies_every_part(string json, params string[] expected) =>
        Assert.That(
            Errors("allOf: [{$ref: '#/components/schemas/Identified'}, {$ref: '#/components/schemas/Timestamped'}]", json, others: Parts),
            Is.EqualTo(expected));

    private const string Message = "oneOf: [{type: string}, {type: array, items: {type: string}}]";

    [TestCase("\"Insufficient balance\"")]
    [TestCase("[\"qrCode is required\"]")]
    [TestCase("[1]", "message[0] must be a string")]
    [TestCase("5", "message must match exactly one of the allowed schemas")]
    public void OneOf_needs_exactly_one_match_and_explains_the_alternative_of_the_same_type(string json, params string[] expected) =>
        Assert.That(Errors(Message, json, "message"), Is.EqualTo(expected));

    [TestCase("1.5")]
    [TestCase("\"5\"")]
    [TestCase("5", "amount must match exactly one of the allowed schemas")]
    public void OneOf_fails_when_several_alternatives_match(string json, params string[] expected) =>
        Assert.That(Errors("oneOf: [{type: number}, {type: integer}, {type: string}]", json, "amount"), Is.EqualTo(expected));

    [TestCase("\"abc\"")]
    [TestCase("12")]
    [TestCase("\"\"", "code must match at least one of the allowed schemas")]
    [TestCase("true", "code must match at least one of the allowed schemas")]
    public void AnyOf_needs_one_match(string json, params string[] expected) =>
        Assert.That(Errors("anyOf: [{type: string, minLength: 1}, {type: integer}, {type: string, pattern: '^[0-9]+$'}]", json, "code"), Is.EqualTo(expected));

    [TestCase("\"x\"", "code must be longer than or equal to 2 characters")]
    public void AnyOf_explains_the_only_alternative_of_the_same_type(string json, params string[] expected) =>
        Assert.That(Errors("anyOf: [{type: string, minLength: 2}, {type: integer}]", json, "code"), Is.EqualTo(expected));

    [TestCase("\"admin\"")]
    [TestCase("\"root\"", "name must not match the excluded schema")]
    public void Not_rejects_what_its_schema_accepts(string json, params string[] expected) =>
        Assert.That(Errors("{type: string, not: {enum: [root]}}", json, "name"), Is.EqualTo(expected));

    [TestCase("null")]
    [TestCase("\"refund\"")]
    [TestCase("\"lost\"", "resolution must be one of the following values: refund, confirm, partial_refund")]
    public void A_nullable_allOf_wrapper_around_a_ref_allows_null(string json, params string[] expected) =>
        Assert.That(
            Errors("{nullable: true, allOf: [{$ref: '#/components/schemas/DisputeResolution'}]}", json, "resolution", "DisputeResolution: {type: string, enum: [refund, confirm, partial_refund]}\n"),
            Is.EqualTo(expected));

    [Test]
    public void An_allOf_wrapper_without_nullable_rejects_null() =>
        Assert.That(
            Errors("allOf: [{$ref: '#/components/schemas/DisputeResolution'}]", "null", "resolution", "DisputeResolution: {type: string, enum: [refund]}\n"),
            Is.EqualTo(new[] { "resolution must not be null" }));

    [Test]
    public void Alternatives_probe_without_leaking_messages() =>
        Assert.That(
            Errors("{type: object, properties: {v: {oneOf: [{type: integer, minimum: 10}, {type: string}]}}}", "{\"v\": 12}"),
            Is.Empty);
}
