using static Lumo.Sandbox.Tests.Contract.Validation.OpenApiYaml;

namespace Lumo.Sandbox.Tests.Contract.Validation;

public sealed class SchemaValidatorStringTests
{
    [TestCase("\"a\"")]
    [TestCase("\"abcd\"")]
    [TestCase("\"\"", "qrCode must be longer than or equal to 1 characters")]
    [TestCase("\"abcde\"", "qrCode must be shorter than or equal to 4 characters")]
    public void MinLength_and_maxLength(string json, params string[] expected) =>
        Assert.That(Errors("{type: string, minLength: 1, maxLength: 4}", json, "qrCode"), Is.EqualTo(expected));

    [TestCase("\"😀😀\"")]
    [TestCase("\"\\ud83d\\ude00\\ud83d\\ude00\"")]
    [TestCase("\"😀😀😀\"", "body must be shorter than or equal to 2 characters")]
    [TestCase("\"é\"", "body must be longer than or equal to 2 characters")]
    public void Lengths_count_code_points_not_utf16_units(string json, params string[] expected) =>
        Assert.That(Errors("{type: string, minLength: 2, maxLength: 2}", json), Is.EqualTo(expected));

    [Test]
    public void Long_strings_are_measured_exactly()
    {
        var text = new string('q', 2048);

        Assert.That(Errors("{type: string, maxLength: 2048}", $"\"{text}\"", "qrCode"), Is.Empty);
        Assert.That(
            Errors("{type: string, maxLength: 2048}", $"\"{text}q\"", "qrCode"),
            Is.EqualTo(new[] { "qrCode must be shorter than or equal to 2048 characters" }));
    }

    [TestCase("\"lb2b_0123456789abcdef0123456789abcdef\"")]
    [TestCase("\"lb2b_0123456789ABCDEF0123456789abcdef\"", "apiKey must match ^lb2b_[0-9a-f]{32}$ regular expression")]
    [TestCase("\"xlb2b_0123456789abcdef0123456789abcdef\"", "apiKey must match ^lb2b_[0-9a-f]{32}$ regular expression")]
    [TestCase("\"lb2b_\\u0030123456789abcdef0123456789abcdef\"")]
    public void Pattern_is_anchored_only_by_the_pattern_itself(string json, params string[] expected) =>
        Assert.That(Errors("{type: string, pattern: '^lb2b_[0-9a-f]{32}$'}", json, "apiKey"), Is.EqualTo(expected));

    [TestCase("\"TRON T9yD14Nj9j7xAB4dbGeiX9h8unkKHxuWwb\"")]
    [TestCase("\"nothing here\"", "body must match T[1-9A-HJ-NP-Za-km-z]{33} regular expression")]
    public void An_unanchored_pattern_searches_the_string(string json, params string[] expected) =>
        Assert.That(Errors("{type: string, pattern: 'T[1-9A-HJ-NP-Za-km-z]{33}'}", json), Is.EqualTo(expected));

    [Test]
    public void An_invalid_pattern_fails_at_compile_time() =>
        Assert.That(() => Errors("{type: string, pattern: '[a-'}", "\"a\""), Throws.InvalidOperationException);

    [TestCase("\"3f2c0d3e-8b1a-4c4e-9a57-2f1d0b6c7e10\"")]
    [TestCase("\"3F2C0D3E-8B1A-4C4E-9A57-2F1D0B6C7E10\"")]
    [TestCase("\"3f2c0d3e8b1a4c4e9a572f1d0b6c7e10\"", "id must be a UUID")]
    [TestCase("\"{3f2c0d3e-8b1a-4c4e-9a57-2f1d0b6c7e10}\"", "id must be a UUID")]
    [TestCase("\"3f2c0d3e-8b1a-4c4e-9a57-2f1d0b6c7e1g\"", "id must be a UUID")]
    [TestCase("\"not-a-uuid\"", "id must be a UUID")]
    public void Format_uuid(string json, params string[] expected) =>
        Assert.That(Errors("{type: string, format: uuid}", json, "id"), Is.EqualTo(expected));

    [TestCase("\"shop@example.com\"")]
    [TestCase("\"first.last+tag@mail.example.co\"")]
    [TestCase("\"shop@example\"", "email must be an email")]
    [TestCase("\"shop.example.com\"", "email must be an email")]
    [TestCase("\"shop@@example.com\"", "email must be an email")]
    [TestCase("\"sh op@example.com\"", "email must be an email")]
    [TestCase("\".shop@example.com\"", "email must be an email")]
    public void Format_email(string json, params string[] expected) =>
        Assert.That(Errors("{type: string, format: email}", json, "email"), Is.EqualTo(expected));

    [TestCase("\"2024-05-01T12:30:00Z\"")]
    [TestCase("\"2024-05-01T12:30:00.123Z\"")]
    [TestCase("\"2024-05-01T12:30:00+03:00\"")]
    [TestCase("\"2024-02-29T23:59:60Z\"")]
    [TestCase("\"2024-05-01\"", "createdAt must be a valid ISO 8601 date string")]
    [TestCase("\"2024-05-01 12:30:00Z\"", "createdAt must be a valid ISO 8601 date string")]
    [TestCase("\"2024-05-01T12:30:00\"", "createdAt must be a valid ISO 8601 date string")]
    [TestCase("\"2023-02-29T12:30:00Z\"", "createdAt must be a valid ISO 8601 date string")]
    [TestCase("\"2024-05-01T24:00:00Z\"", "createdAt must be a valid ISO 8601 date string")]
    [TestCase("\"2024-05-01T12:30:00.Z\"", "createdAt must be a valid ISO 8601 date string")]
    public void Format_date_time(string json, params string[] expected) =>
        Assert.That(Errors("{type: string, format: date-time}", json, "createdAt"), Is.EqualTo(expected));

    [TestCase("\"2024-02-29\"")]
    [TestCase("\"2023-02-29\"", "day must be a valid ISO 8601 date string")]
    [TestCase("\"2024-13-01\"", "day must be a valid ISO 8601 date string")]
    [TestCase("\"2024-5-1\"", "day must be a valid ISO 8601 date string")]
    public void Format_date(string json, params string[] expected) =>
        Assert.That(Errors("{type: string, format: date}", json, "day"), Is.EqualTo(expected));

    [TestCase("\"https://shop.example.com/hooks/lumo?x=1\"")]
    [TestCase("\"http://localhost:8080/hook\"")]
    [TestCase("\"/hooks/lumo\"", "webhookUrl must be a URL address")]
    [TestCase("\"shop.example.com\"", "webhookUrl must be a URL address")]
    [TestCase("\"https://exa mple.com\"", "webhookUrl must be a URL address")]
    [TestCase("\"http://\"", "webhookUrl must be a URL address")]
    public void Format_uri(string json, params string[] expected) =>
        Assert.That(Errors("{type: string, format: uri}", json, "webhookUrl"), Is.EqualTo(expected));

    [TestCase("password")]
    [TestCase("byte")]
    [TestCase("hostname")]
    public void Other_formats_are_documentation_only(string format) =>
        Assert.That(Errors($"{{type: string, format: {format}}}", "\"?? not really ??\""), Is.Empty);

    [Test]
    public void Every_failing_string_keyword_is_reported() =>
        Assert.That(
            Errors("{type: string, minLength: 40, format: uuid, pattern: '^[0-9]+$'}", "\"abc\"", "id"),
            Is.EqualTo(new[]
            {
                "id must be longer than or equal to 40 characters",
                "id must be a UUID",
                "id must match ^[0-9]+$ regular expression",
            }));
}
