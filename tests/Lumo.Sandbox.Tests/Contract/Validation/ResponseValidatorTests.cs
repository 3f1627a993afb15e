using System.Text.Json;
using Lumo.Sandbox.Contract.Validation;
using Microsoft.OpenApi.Models;
using static Lumo.Sandbox.Tests.Contract.Validation.OpenApiYaml;

namespace Lumo.Sandbox.Tests.Contract.Validation;

public sealed class ResponseValidatorTests
{
    private const string Paths = """
        /orders/{id}:
          get:
            operationId: getOrder
            responses:
              '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
              '404': {description: missing, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
        /_sandbox/reset:
          post:
            operationId: resetSandbox
            responses:
              '204': {description: reset}
              default: {description: failure, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
        /orders:
          post:
            operationId: createOrder
            responses:
              '2XX': {description: created, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
        /export:
          get:
            responses:
              '200': {description: csv, content: {text/csv: {schema: {type: string}}}}
        """;

    private const string Schemas = """
        OrderStatus: {type: string, enum: [created, in_progress, success, failed, disputed]}
        Order:
          type: object
          additionalProperties: false
          required: [id, amountUsdt, status, completedAt]
          properties:
            id: {type: string, format: uuid}
            amountUsdt: {type: number, multipleOf: 0.01}
            status: {$ref: '#/components/schemas/OrderStatus'}
            completedAt: {type: string, format: date-time, nullable: true}
        Error:
          type: object
          required: [statusCode, message, error]
          properties:
            statusCode: {type: integer}
            message:
              oneOf: [{type: string}, {type: array, items: {type: string}}]
            error: {type: string}
        """;

    private const string Order = """{"id": "3f2c0d3e-8b1a-4c4e-9a57-2f1d0b6c7e10", "amountUsdt": 12.5, "status": "created", "completedAt": null}""";

    private static readonly OpenApiDocument Document = WithPaths(Paths, Schemas);

    [TestCase(200, Order)]
    [TestCase(200, """{"id": "x", "amountUsdt": 12.555, "status": "lost"}""", "id must be a UUID", "amountUsdt must be divisible by 0.01", "status must be one of the following values: created, in_progress, success, failed, disputed", "completedAt is required")]
    [TestCase(200, null, "status 200 for getOrder must have a JSON body")]
    [TestCase(404, """{"statusCode": 404, "message": "Order not found", "error": "Not Found"}""")]
    [TestCase(404, """{"statusCode": "404", "message": ["a", 1]}""", "statusCode must be an integer number", "message[1] must be a string", "error is required")]
    [TestCase(418, Order, "status 418 is not documented for getOrder")]
    public void A_documented_status_is_validated_against_its_schema(int status, string? json, params string[] expected) =>
        Assert.That(Validate("/orders/{id}", OperationType.Get, status, json), Is.EqualTo(expected));

    [TestCase(204, null)]
    [TestCase(204, "{}", "status 204 for resetSandbox must not have a body")]
    [TestCase(500, """{"statusCode": 500, "message": "boom", "error": "Internal Server Error"}""")]
    [TestCase(503, "{}", "statusCode is required", "message is required", "error is required")]
    public void No_content_means_no_body_and_default_covers_the_rest(int status, string? json, params string[] expected) =>
        Assert.That(Validate("/_sandbox/reset", OperationType.Post, status, json), Is.EqualTo(expected));

    [TestCase(201, Order)]
    [TestCase(202, "[]", "body must be an object")]
    [TestCase(400, Order, "status 400 is not documented for createOrder")]
    public void A_status_range_covers_its_codes(int status, string json, params string[] expected) =>
        Assert.That(Validate("/orders", OperationType.Post, status, json), Is.EqualTo(expected));

    [TestCase(null)]
    [TestCase("\"a,b\"")]
    public void Bodies_that_are_not_json_are_not_checked(string? json) =>
        Assert.That(Validate("/export", OperationType.Get, 200, json), Is.Empty);

    [Test]
    public void An_operation_without_an_id_is_named_generically() =>
        Assert.That(Validate("/export", OperationType.Get, 500, null), Is.EqualTo(new[] { "status 500 is not documented for the operation" }));

    [Test]
    public void A_compiled_validator_checks_many_responses()
    {
        var validator = ResponseValidator.Compile(Document.Paths["/orders/{id}"].Operations[OperationType.Get]);
        using var order = JsonDocument.Parse(Order);
        var errors = new List<string>();

        validator.Validate(200, order.RootElement, errors);
        validator.Validate(201, order.RootElement, errors);
        validator.Validate(404, null, errors);

        Assert.That(errors, Is.EqualTo(new[] { "status 201 is not documented for getOrder", "status 404 for getOrder must have a JSON body" }));
    }

    private static string[] Validate(string path, OperationType method, int status, string? json)
    {
        var operation = Document.Paths[path].Operations[method];
        var errors = new List<string>();
        if (json is null)
        {
            ResponseValidator.Validate(operation, status, null, errors);
        }
        else
        {
            using var document = JsonDocument.Parse(json);
            ResponseValidator.Validate(operation, status, document.RootElement, errors);
        }

        return [.. errors];
    }
}
