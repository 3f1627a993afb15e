using static Lumo.Sandbox.Tests.Contract.Validation.OpenApiYaml;

namespace Lumo.Sandbox.Tests.Contract.Validation;

public sealed class SchemaValidatorObjectTests
{
    private const string PrepareOrder = """
        type: object
        additionalProperties: false
        required: [qrCode, externalOrderId]
        properties:
          qrCode: {type: string, minLength: 1, maxLength: 2048}
          externalOrderId: {type: string, minLength: 1, maxLength: 255}
        """;

    [TestCase("{\"qrCode\": \"q\", \"externalOrderId\": \"o-1\"}")]
    [TestCase("{\"externalOrderId\": \"o-1\"}", "qrCode is required")]
    [TestCase("{}", "qrCode is required", "externalOrderId is required")]
    [TestCase("{\"qrCode\": 5, \"externalOrderId\": \"\"}", "qrCode must be a string", "externalOrderId must be longer than or equal to 1 characters")]
    [TestCase("{\"qrCode\": \"q\", \"externalOrderId\": \"o\", \"foo\": 1}", "property foo should not exist")]
    [TestCase("{\"foo\": 1, \"bar\": 2}", "property foo should not exist", "property bar should not exist", "qrCode is required", "externalOrderId is required")]
    [TestCase("[]", "body must be an object")]
    public void Required_properties_and_additionalProperties_false(string json, params string[] expected) =>
        Assert.That(Errors(PrepareOrder, json), Is.EqualTo(expected));

    [TestCase("{\"a\": 1}")]
    [TestCase("{\"a\": 1, \"extra\": {\"anything\": true}}")]
    public void AdditionalProperties_are_allowed_by_default(string json) =>
        Assert.That(Errors("{type: object, properties: {a: {type: integer}}}", json), Is.Empty);

    [TestCase("{\"a\": \"x\", \"rub\": 10.5, \"usdt\": 2}")]
    [TestCase("{\"a\": \"x\", \"rub\": \"10\"}", "rub must be a number")]
    [TestCase("{\"a\": 1, \"rub\": -1}", "rub must not be less than 0")]
    public void AdditionalProperties_schema_validates_each_extra(string json, params string[] expected) =>
        Assert.That(
            Errors("{type: object, properties: {a: {}}, additionalProperties: {type: number, minimum: 0}}", json),
            Is.EqualTo(expected));

    [TestCase("{\"a\": 1}")]
    [TestCase("{\"a\": 1, \"b\": 2}")]
    [TestCase("{}", "labels must contain at least 1 properties")]
    [TestCase("{\"a\": 1, \"b\": 2, \"c\": 3}", "labels must contain no more than 2 properties")]
    public void MinProperties_and_maxProperties(string json, params string[] expected) =>
        Assert.That(Errors("{type: object, minProperties: 1, maxProperties: 2}", json, "labels"), Is.EqualTo(expected));

    [Test]
    public void A_required_name_without_a_property_schema_only_needs_to_be_present()
    {
        Assert.That(Errors("{type: object, required: [data]}", "{\"data\": null}"), Is.Empty);
        Assert.That(Errors("{type: object, required: [data]}", "{}"), Is.EqualTo(new[] { "data is required" }));
    }

    [Test]
    public void Nested_objects_report_full_paths()
    {
        const string schema = """
            type: object
            properties:
              company:
                type: object
                additionalProperties: false
                required: [id, email]
                properties:
                  id: {type: string, format: uuid}
                  email: {type: string, format: email}
                  address:
                    type: object
                    properties:
                      city: {type: string}
            """;

        Assert.That(
            Errors(schema, "{\"company\": {\"id\": \"x\", \"email\": \"nope\", \"address\": {\"city\": 1}, \"foo\": 1}}"),
            Is.EqualTo(new[]
            {
                "property company.foo should not exist",
                "company.id must be a UUID",
                "company.email must be an email",
                "company.address.city must be a string",
            }));
        Assert.That(Errors(schema, "{\"company\": {}}"), Is.EqualTo(new[] { "company.id is required", "company.email is required" }));
        Assert.That(Errors(schema, "{\"company\": \"acme\"}"), Is.EqualTo(new[] { "company must be an object" }));
    }

    [Test]
    public void A_caller_path_prefixes_property_paths() =>
        Assert.That(
            Errors("{type: object, required: [email]}", "{}", "company"),
            Is.EqualTo(new[] { "company.email is required" }));

    [Test]
    public void Property_names_with_escapes_match_declared_names() =>
        Assert.That(Errors(PrepareOrder, "{\"qr\\u0043ode\": \"q\", \"externalOrderId\": \"o\"}"), Is.Empty);
}
