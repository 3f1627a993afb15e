using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Http;

/// <summary>Each validation rule the document states, seen through real HTTP: 400 with every problem named.</summary>
public sealed class RequestValidationTests : SandboxTestBase
{
    [Test]
    public async Task Missing_required_fields_are_all_named()
    {
        using var response = await Api.PostAsync("orders/prepare", Body("{}"));

        var error = await response.JsonAsync(400);
        Assert.That(error.GetProperty("statusCode").GetInt32(), Is.EqualTo(400));
        Assert.That(error.Str("error"), Is.EqualTo("Bad Request"));
        Assert.That(Messages(error), Is.EquivalentTo(new[] { "qrCode is required", "externalOrderId is required" }));
    }

    [Test]
    public async Task A_bad_qr_code_and_an_empty_external_order_id_are_named_in_one_answer()
    {
        using var response = await Api.PostAsync("orders/prepare", Body("""{"qrCode": "https://example.com/not-nspk", "externalOrderId": ""}"""));

        Assert.That(Messages(await response.JsonAsync(400)), Is.EquivalentTo(new[]
        {
            "externalOrderId must be longer than or equal to 1 characters",
            "qrCode must be an NSPK link (https://qr.nspk.ru/...)",
        }));
    }

    [Test]
    public async Task A_qr_code_the_schema_refuses_is_named_once()
    {
        using var response = await Api.PostAsync("orders/prepare", Body("""{"qrCode": "", "externalOrderId": "a"}"""));

        Assert.That(Messages(await response.JsonAsync(400)), Is.EqualTo(new[] { "qrCode must be longer than or equal to 1 characters" }));
    }

    [Test]
    public async Task An_empty_body_is_treated_as_no_fields()
    {
        using var response = await Api.PostAsync("orders/prepare", null);

        Assert.That(Messages(await response.JsonAsync(400)), Does.Contain("qrCode is required"));
    }

    [TestCase("""{"qrCode": 5, "externalOrderId": "a"}""", "qrCode must be a string")]
    [TestCase("""{"qrCode": "", "externalOrderId": "a"}""", "qrCode must be longer than or equal to 1 characters")]
    [TestCase("""{"qrCode": "x", "externalOrderId": "a", "extra": 1}""", "property extra should not exist")]
    [TestCase("""{"qrCode": null, "externalOrderId": "a"}""", "qrCode must not be null")]
    [TestCase("""[1, 2]""", "body must be an object")]
    public async Task Body_rules_are_checked(string json, string expected)
    {
        using var response = await Api.PostAsync("orders/prepare", Body(json));

        Assert.That(Messages(await response.JsonAsync(400)), Does.Contain(expected));
    }

    [Test]
    public async Task A_too_long_string_is_refused()
    {
        var json = JsonSerializer.Serialize(new { qrCode = new string('x', 2049), externalOrderId = "a" });
        using var response = await Api.PostAsync("orders/prepare", Body(json));

        Assert.That(Messages(await response.JsonAsync(400)), Does.Contain("qrCode must be shorter than or equal to 2048 characters"));
    }

    [TestCase("orders?limit=0", "limit must not be less than 1")]
    [TestCase("orders?limit=101", "limit must not be greater than 100")]
    [TestCase("orders?limit=ten", "limit must be an integer number")]
    [TestCase("orders?offset=-1", "offset must not be less than 0")]
    [TestCase("orders?status=paid", "status must be one of the following values: created, in_progress, success, failed, disputed")]
    [TestCase("orders/not-a-uuid", "id must be a UUID")]
    public async Task Parameter_rules_are_checked(string path, string expected)
    {
        var error = await Api.GetJsonAsync(path, 400);

        Assert.That(Messages(error), Does.Contain(expected));
    }

    [Test]
    public async Task Formats_and_patterns_are_checked()
    {
        using var response = await Api.PatchAsJsonAsync("auth/company/profile", new { contactEmail = "nope", depositForwardAddress = "T123" });

        var messages = Messages(await response.JsonAsync(400));
        Assert.That(messages, Does.Contain("contactEmail must be an email"));
        Assert.That(messages, Has.Some.StartsWith("depositForwardAddress must match"));
    }

    [Test]
    public async Task A_login_with_a_bad_email_names_it()
    {
        using var response = await Client().PostAsJsonAsync("auth/company/login", new { email = "not-an-email", password = "x" });

        Assert.That(Messages(await response.JsonAsync(400)), Does.Contain("email must be an email"));
    }

    [Test]
    public async Task Malformed_json_is_400()
    {
        using var response = await Api.PostAsync("orders/prepare", Body("""{"qrCode": "x",""" ));

        var error = await response.JsonAsync(400);
        Assert.That(error.Str("message"), Does.StartWith("Malformed JSON body"));
    }

    [Test]
    public async Task Invalid_utf8_is_400()
    {
        var bytes = new ByteArrayContent([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]);
        bytes.Headers.ContentType = new("application/json");
        using var response = await Api.PostAsync("orders/prepare", bytes);

        await response.JsonAsync(400);
    }

    [Test]
    public async Task Another_content_type_is_415()
    {
        using var response = await Api.PostAsync("orders/prepare", new StringContent("qrCode=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        var error = await response.JsonAsync(415);
        Assert.That(error.Str("error"), Is.EqualTo("Unsupported Media Type"));
    }

    [Test]
    public async Task A_body_over_1_MiB_is_413()
    {
        var json = "{\"qrCode\":\"" + new string('x', 1024 * 1024) + "\",\"externalOrderId\":\"a\"}";
        using var response = await Api.PostAsync("orders/prepare", Body(json));

        var error = await response.JsonAsync(413);
        Assert.That(error.Str("error"), Is.EqualTo("Payload Too Large"));
    }

    [Test]
    public async Task A_client_still_sending_a_too_large_body_gets_its_413_every_time()
    {
        var json = "{\"qrCode\":\"" + new string('x', 15 * 1024 * 1024) + "\",\"externalOrderId\":\"a\"}";
        for (var i = 0; i < 10; i++)
        {
            using var response = await Api.PostAsync("orders/prepare", Body(json));

            Assert.That((int)response.StatusCode, Is.EqualTo(413));
        }
    }

    [Test]
    public async Task An_unknown_path_is_404_in_the_error_shape()
    {
        var error = await Api.GetJsonAsync("no/such/path", 404);

        Assert.That(error.Str("message"), Is.EqualTo("Cannot GET /no/such/path"));
        Assert.That(error.Str("error"), Is.EqualTo("Not Found"));
    }

    [Test]
    public async Task A_known_path_with_another_method_is_405_in_the_error_shape()
    {
        using var response = await Api.DeleteAsync("orders");

        var error = await response.JsonAsync(405);
        Assert.That(error.Str("error"), Is.EqualTo("Method Not Allowed"));
    }

    [Test]
    public async Task A_refused_request_changes_nothing()
    {
        var before = await Api.GetJsonAsync("wallets/balance");
        using var bad = await Api.PostAsync($"orders/accept/{Guid.NewGuid()}", Body("{\"x\":"));
        using var prepare = await Api.PostAsync("orders/prepare", Body("{}"));

        Assert.That((await Api.GetJsonAsync("orders")).GetProperty("total").GetInt32(), Is.Zero);
        Assert.That((await Api.GetJsonAsync("wallets/balance")).GetRawText(), Is.EqualTo(before.GetRawText()));
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private static List<string> Messages(JsonElement error) =>
        error.GetProperty("message") is { ValueKind: JsonValueKind.Array } array
            ? [.. array.EnumerateArray().Select(m => m.GetString()!)]
            : [error.GetProperty("message").GetString()!];
}
