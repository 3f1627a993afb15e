using System.Text.Json;
using Lumo.Sandbox.Contract.Validation;
using Microsoft.OpenApi.Models;
using static Lumo.Sandbox.Tests.Contract.Validation.OpenApiYaml;

namespace Lumo.Sandbox.Tests.Contract.Validation;

public sealed class RequestBodyValidationTests
{
    private const string Paths = """
        /orders/prepare:
          post:
            operationId: prepareOrder
            requestBody:
              required: true
              content:
                application/json:
                  schema:
                    type: object
                    additionalProperties: false
                    required: [qrCode, externalOrderId]
                    properties:
                      qrCode: {type: string, minLength: 1, maxLength: 2048}
                      externalOrderId: {type: string, minLength: 1, maxLength: 255}
            responses: {'201': {description: ok}}
        /_sandbox/orders/{id}/fail:
          post:
            operationId: failSandboxOrder
            requestBody:
              content:
                application/json:
                  schema: {type: object, properties: {failureReason: {type: string, minLength: 1, maxLength: 200}}}
                application/x-www-form-urlencoded:
                  schema: {type: object}
            responses: {'200': {description: ok}}
        /auth/company/profile:
          patch:
            operationId: updateCompanyProfile
            requestBody:
              required: true
              content:
                application/merge-patch+json:
                  schema: {type: object, properties: {webhookUrl: {type: string, format: uri, nullable: true}}}
            responses: {'200': {description: ok}}
          get:
            operationId: getCompanyProfile
            responses: {'200': {description: ok}}
        """;

    private static readonly OpenApiDocument Document = WithPaths(Paths);

    [TestCase("{\"qrCode\": \"q\", \"externalOrderId\": \"o-1\"}")]
    [TestCase(null, "body is required")]
    [TestCase("{}", "qrCode is required", "externalOrderId is required")]
    [TestCase("{\"qrCode\": \"\", \"externalOrderId\": \"o\", \"amount\": 5}", "property amount should not exist", "qrCode must be longer than or equal to 1 characters")]
    [TestCase("[]", "body must be an object")]
    [TestCase("null", "body must not be null")]
    public void A_required_json_body(string? json, params string[] expected) =>
        Assert.That(ValidateBody("/orders/prepare", OperationType.Post, json), Is.EqualTo(expected));

    [TestCase(null)]
    [TestCase("{}")]
    [TestCase("{\"failureReason\": \"\"}", "failureReason must be longer than or equal to 1 characters")]
    public void An_optional_body_may_be_absent(string? json, params string[] expected) =>
        Assert.That(ValidateBody("/_sandbox/orders/{id}/fail", OperationType.Post, json), Is.EqualTo(expected));

    [TestCase("{\"webhookUrl\": null}")]
    [TestCase("{\"webhookUrl\": \"ftp\"}", "webhookUrl must be a URL address")]
    public void A_json_suffixed_media_type_is_validated_as_json(string json, params string[] expected) =>
        Assert.That(ValidateBody("/auth/company/profile", OperationType.Patch, json), Is.EqualTo(expected));

    [Test]
    public void An_operation_without_a_request_body_has_no_body_rule_and_ignores_bodies()
    {
        var validator = Compile("/auth/company/profile", OperationType.Get);

        Assert.That(validator.Body, Is.Null);
        Assert.That(ValidateBody("/auth/company/profile", OperationType.Get, "{\"anything\": 1}"), Is.Empty);
    }

    [Test]
    public void The_body_rule_exposes_required_media_types_and_the_json_schema()
    {
        var prepare = Compile("/orders/prepare", OperationType.Post).Body!;
        var fail = Compile("/_sandbox/orders/{id}/fail", OperationType.Post).Body!;

        Assert.That(prepare.Required, Is.True);
        Assert.That(prepare.MediaTypes, Is.EqualTo(new[] { "application/json" }));
        Assert.That(prepare.Json, Is.Not.Null);
        Assert.That(fail.Required, Is.False);
        Assert.That(fail.MediaTypes, Is.EqualTo(new[] { "application/json", "application/x-www-form-urlencoded" }));
    }

    [TestCase("application/json", true)]
    [TestCase("application/json; charset=utf-8", true)]
    [TestCase("Application/JSON", true)]
    [TestCase("text/plain", false)]
    [TestCase("application/xml", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void Content_types_are_matched_against_the_declared_media_types(string? contentType, bool expected) =>
        Assert.That(Compile("/orders/prepare", OperationType.Post).Body!.Accepts(contentType), Is.EqualTo(expected));

    [Test]
    public void Every_declared_media_type_is_accepted() =>
        Assert.That(Compile("/_sandbox/orders/{id}/fail", OperationType.Post).Body!.Accepts("application/x-www-form-urlencoded"), Is.True);

    private static RequestValidator Compile(string path, OperationType method)
    {
        var item = Document.Paths[path];
        return RequestValidator.Compile(item, item.Operations[method]);
    }

    private static string[] ValidateBody(string path, OperationType method, string? json)
    {
        var errors = new List<string>();
        var validator = Compile(path, method);
        if (json is null)
        {
            validator.ValidateBody(null, errors);
        }
        else
        {
            using var document = JsonDocument.Parse(json);
            validator.ValidateBody(document.RootElement, errors);
        }

        return [.. errors];
    }
}
