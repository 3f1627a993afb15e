using static Lumo.Sandbox.Tests.Contract.Validation.OpenApiYaml;

namespace Lumo.Sandbox.Tests.Contract.Validation;

public sealed class SchemaValidatorTypeTests
{
    [TestCase("{type: string}", "\"lumo\"")]
    [TestCase("{type: string}", "\"\"")]
    [TestCase("{type: string}", "12", "body must be a string")]
    [TestCase("{type: number}", "12.5")]
    [TestCase("{type: number}", "12")]
    [TestCase("{type: number}", "\"12\"", "body must be a number")]
    [TestCase("{type: integer}", "12")]
    [TestCase("{type: integer}", "-3")]
    [TestCase("{type: integer}", "1.0")]
    [TestCase("{type: integer}", "1e2")]
    [TestCase("{type: integer}", "1.5", "body must be an integer number")]
    [TestCase("{type: integer}", "\"1\"", "body must be an integer number")]
    [TestCase("{type: boolean}", "true")]
    [TestCase("{type: boolean}", "false")]
    [TestCase("{type: boolean}", "\"true\"", "body must be a boolean value")]
    [TestCase("{type: boolean}", "0", "body must be a boolean value")]
    [TestCase("{type: object}", "{}")]
    [TestCase("{type: object}", "[]", "body must be an object")]
    [TestCase("{type: array}", "[]")]
    [TestCase("{type: array}", "{}", "body must be an array")]
    [TestCase("{}", "\"anything\"")]
    [TestCase("{}", "[1, {\"a\": null}]")]
    public void Type_is_checked(string schema, string json, params string[] expected) =>
        Assert.That(Errors(schema, json), Is.EqualTo(expected));

    [TestCase("qrCode", "qrCode must be a string")]
    [TestCase("company.email", "company.email must be a string")]
    [TestCase("orders[3].status", "orders[3].status must be a string")]
    [TestCase("", "body must be a string")]
    public void Messages_name_the_given_path(string path, string expected) =>
        Assert.That(Errors("{type: string}", "1", path), Is.EqualTo(new[] { expected }));

    [TestCase("{type: string}", "null", "body must not be null")]
    [TestCase("{type: object}", "null", "body must not be null")]
    [TestCase("{type: string, nullable: true}", "null")]
    [TestCase("{type: string, nullable: true}", "1", "body must be a string")]
    [TestCase("{type: integer, nullable: true, minimum: 5}", "null")]
    [TestCase("{type: string, nullable: true, enum: [a, b]}", "null")]
    [TestCase("{}", "null")]
    public void Null_is_allowed_only_when_nullable(string schema, string json, params string[] expected) =>
        Assert.That(Errors(schema, json), Is.EqualTo(expected));

    [Test]
    public void A_required_property_absent_is_required_and_present_as_null_must_not_be_null()
    {
        const string schema = """
            type: object
            required: [qrCode, webhookUrl]
            properties:
              qrCode: {type: string}
              webhookUrl: {type: string, nullable: true}
            """;

        Assert.That(Errors(schema, "{\"webhookUrl\": null}"), Is.EqualTo(new[] { "qrCode is required" }));
        Assert.That(Errors(schema, "{\"qrCode\": null, \"webhookUrl\": null}"), Is.EqualTo(new[] { "qrCode must not be null" }));
        Assert.That(Errors(schema, "{\"qrCode\": \"q\"}"), Is.EqualTo(new[] { "webhookUrl is required" }));
        Assert.That(Errors(schema, "{\"qrCode\": \"q\", \"webhookUrl\": null}"), Is.Empty);
    }

    [Test]
    public void An_optional_non_nullable_property_present_as_null_must_not_be_null() =>
        Assert.That(
            Errors("{type: object, properties: {limit: {type: integer}}}", "{\"limit\": null}"),
            Is.EqualTo(new[] { "limit must not be null" }));

    [Test]
    public void A_wrong_type_gives_one_message_and_skips_the_other_keywords() =>
        Assert.That(
            Errors("{type: string, minLength: 3, pattern: '^a', format: uuid, enum: [abc]}", "12"),
            Is.EqualTo(new[] { "body must be a string" }));

    [Test]
    public void Without_a_type_keywords_apply_only_to_values_of_their_kind()
    {
        const string schema = "{minLength: 3, minimum: 10, required: [a], minItems: 2}";

        Assert.That(Errors(schema, "\"ab\""), Is.EqualTo(new[] { "body must be longer than or equal to 3 characters" }));
        Assert.That(Errors(schema, "5"), Is.EqualTo(new[] { "body must not be less than 10" }));
        Assert.That(Errors(schema, "{}"), Is.EqualTo(new[] { "a is required" }));
        Assert.That(Errors(schema, "[1]"), Is.EqualTo(new[] { "body must contain at least 2 elements" }));
        Assert.That(Errors(schema, "true"), Is.Empty);
    }

    [Test]
    public void ReadOnly_and_writeOnly_are_ignored() =>
        Assert.That(
            Errors("{type: object, properties: {id: {type: string, readOnly: true}, password: {type: string, writeOnly: true}}}", "{\"id\": \"x\", \"password\": \"y\"}"),
            Is.Empty);
}
