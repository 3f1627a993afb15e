using static Lumo.Sandbox.Tests.Contract.Validation.OpenApiYaml;

namespace Lumo.Sandbox.Tests.Contract.Validation;

public sealed class SchemaValidatorEnumTests
{
    private const string OrderStatus = "{type: string, enum: [created, in_progress, success, failed, disputed]}";

    [TestCase("\"created\"")]
    [TestCase("\"disputed\"")]
    [TestCase("\"in_\\u0070rogress\"")]
    [TestCase("\"Created\"", "status must be one of the following values: created, in_progress, success, failed, disputed")]
    [TestCase("\"\"", "status must be one of the following values: created, in_progress, success, failed, disputed")]
    public void String_enum(string json, params string[] expected) =>
        Assert.That(Errors(OrderStatus, json, "status"), Is.EqualTo(expected));

    [TestCase("{type: integer, enum: [1, 2, 3]}", "2")]
    [TestCase("{type: integer, enum: [1, 2, 3]}", "2.0")]
    [TestCase("{type: integer, enum: [1, 2, 3]}", "4", "version must be one of the following values: 1, 2, 3")]
    [TestCase("{type: number, enum: [0.5, 1.5]}", "1.50")]
    [TestCase("{type: number, enum: [0.5, 1.5]}", "1", "version must be one of the following values: 0.5, 1.5")]
    public void Number_enum(string schema, string json, params string[] expected) =>
        Assert.That(Errors(schema, json, "version"), Is.EqualTo(expected));

    [TestCase("\"a\"")]
    [TestCase("1")]
    [TestCase("true")]
    [TestCase("false", "flag must be one of the following values: a, 1, true")]
    [TestCase("\"1\"", "flag must be one of the following values: a, 1, true")]
    public void Untyped_enum_compares_kinds_too(string json, params string[] expected) =>
        Assert.That(Errors("{enum: [a, 1, true]}", json, "flag"), Is.EqualTo(expected));

    [TestCase("\"2024-01-01\"")]
    [TestCase("\"2024-01-02\"", "day must be one of the following values: 2024-01-01")]
    public void Date_enum_compares_the_text(string json, params string[] expected) =>
        Assert.That(Errors("{type: string, format: date, enum: ['2024-01-01']}", json, "day"), Is.EqualTo(expected));

    [TestCase("[1, 2]")]
    [TestCase("[2, 1]", "pair must be one of the following values: [1,2]")]
    public void Array_enum_compares_deeply(string json, params string[] expected) =>
        Assert.That(Errors("{type: array, enum: [[1, 2]]}", json, "pair"), Is.EqualTo(expected));

    [Test]
    public void A_referenced_enum_is_reported_with_the_referring_path() =>
        Assert.That(
            Errors(
                "{type: object, properties: {status: {$ref: '#/components/schemas/OrderStatus'}}}",
                "{\"status\": \"lost\"}",
                others: $"OrderStatus: {OrderStatus}\n"),
            Is.EqualTo(new[] { "status must be one of the following values: created, in_progress, success, failed, disputed" }));
}
