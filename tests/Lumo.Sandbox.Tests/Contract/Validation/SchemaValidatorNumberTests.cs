using static Lumo.Sandbox.Tests.Contract.Validation.OpenApiYaml;

namespace Lumo.Sandbox.Tests.Contract.Validation;

public sealed class SchemaValidatorNumberTests
{
    [TestCase("1")]
    [TestCase("100")]
    [TestCase("0", "limit must not be less than 1")]
    [TestCase("101", "limit must not be greater than 100")]
    [TestCase("-1e30", "limit must not be less than 1")]
    [TestCase("1e30", "limit must not be greater than 100")]
    public void Minimum_and_maximum_are_inclusive(string json, params string[] expected) =>
        Assert.That(Errors("{type: integer, minimum: 1, maximum: 100}", json, "limit"), Is.EqualTo(expected));

    [TestCase("0.01")]
    [TestCase("31536000", "seconds must be less than 31536000")]
    [TestCase("0", "seconds must be greater than 0")]
    [TestCase("-5", "seconds must be greater than 0")]
    public void Exclusive_minimum_and_maximum_are_the_openapi_30_booleans(string json, params string[] expected) =>
        Assert.That(
            Errors("{type: number, minimum: 0, exclusiveMinimum: true, maximum: 31536000, exclusiveMaximum: true}", json, "seconds"),
            Is.EqualTo(expected));

    [TestCase("0")]
    [TestCase("0.5")]
    public void ExclusiveMinimum_false_keeps_the_bound_inclusive(string json) =>
        Assert.That(Errors("{type: number, minimum: 0, exclusiveMinimum: false}", json), Is.Empty);

    [TestCase("12.34")]
    [TestCase("12")]
    [TestCase("0.07")]
    [TestCase("12.345", "amountUsdt must be divisible by 0.01")]
    public void MultipleOf_is_exact_for_money(string json, params string[] expected) =>
        Assert.That(Errors("{type: number, multipleOf: 0.01}", json, "amountUsdt"), Is.EqualTo(expected));

    [TestCase("15")]
    [TestCase("7", "bps must be divisible by 5")]
    public void MultipleOf_for_integers(string json, params string[] expected) =>
        Assert.That(Errors("{type: integer, multipleOf: 5}", json, "bps"), Is.EqualTo(expected));

    [TestCase("2147483647")]
    [TestCase("-2147483648")]
    [TestCase("2147483648", "confirmations must be a 32-bit integer")]
    public void Format_int32(string json, params string[] expected) =>
        Assert.That(Errors("{type: integer, format: int32}", json, "confirmations"), Is.EqualTo(expected));

    [TestCase("9223372036854775807")]
    [TestCase("9223372036854775808", "id must be a 64-bit integer")]
    public void Format_int64(string json, params string[] expected) =>
        Assert.That(Errors("{type: integer, format: int64}", json, "id"), Is.EqualTo(expected));

    [TestCase("double")]
    [TestCase("float")]
    public void Formats_double_and_float_are_ignored(string format) =>
        Assert.That(Errors($"{{type: number, format: {format}}}", "1e300"), Is.Empty);

    [Test]
    public void Every_failing_number_keyword_is_reported() =>
        Assert.That(
            Errors("{type: number, maximum: 10, multipleOf: 0.5}", "10.25", "rate"),
            Is.EqualTo(new[] { "rate must not be greater than 10", "rate must be divisible by 0.5" }));
}
