using Lumo.Sandbox.Contract.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi.Models;
using static Lumo.Sandbox.Tests.Contract.Validation.OpenApiYaml;

namespace Lumo.Sandbox.Tests.Contract.Validation;

public sealed class ParameterValidationTests
{
    private const string Paths = """
        /orders:
          get:
            operationId: listOrders
            parameters:
              - {name: status, in: query, schema: {$ref: '#/components/schemas/OrderStatus'}}
              - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 100, default: 20}}
              - {name: offset, in: query, schema: {type: integer, minimum: 0, default: 0}}
            responses: {'200': {description: ok}}
        /orders/accept/{id}:
          parameters:
            - {name: id, in: path, required: true, schema: {type: string, format: uuid}}
          post:
            operationId: acceptOrder
            parameters:
              - {name: Idempotency-Key, in: header, schema: {type: string, minLength: 1, maxLength: 255}}
            responses: {'201': {description: ok}}
        /items/{id}:
          parameters:
            - {name: id, in: path, required: true, schema: {type: string, format: uuid}}
          get:
            operationId: getItem
            parameters:
              - {name: id, in: path, required: true, schema: {type: integer, minimum: 1}}
            responses: {'200': {description: ok}}
        /search:
          get:
            operationId: search
            parameters:
              - {name: ids, in: query, required: true, schema: {type: array, items: {type: integer}}}
              - {name: limit, in: query, required: true, schema: {type: integer, minimum: 1}}
              - {name: tags, in: query, explode: false, schema: {type: array, maxItems: 2, items: {type: string}}}
              - {name: exact, in: query, schema: {type: boolean}}
              - {name: minAmount, in: query, schema: {type: number, minimum: 0, exclusiveMinimum: true}}
              - {name: X-Trace, in: header, required: true, schema: {type: string, pattern: '^[a-z]+$'}}
              - {name: Authorization, in: header, required: true, schema: {type: string}}
              - {name: session, in: cookie, required: true, schema: {type: string}}
            responses: {'200': {description: ok}}
        """;

    private const string Schemas = """
        OrderStatus: {type: string, enum: [created, in_progress, success, failed, disputed]}
        """;

    private const string OrderId = "3f2c0d3e-8b1a-4c4e-9a57-2f1d0b6c7e10";

    private static readonly OpenApiDocument Document = WithPaths(Paths, Schemas);

    [TestCase("")]
    [TestCase("?status=created&limit=1&offset=0")]
    [TestCase("?limit=100&unknown=whatever")]
    [TestCase("?limit=%2B5")]
    [TestCase("?limit=0", "limit must not be less than 1")]
    [TestCase("?limit=101", "limit must not be greater than 100")]
    [TestCase("?limit=abc", "limit must be an integer number")]
    [TestCase("?limit=1.5", "limit must be an integer number")]
    [TestCase("?limit=", "limit must be an integer number")]
    [TestCase("?limit=%2010", "limit must be an integer number")]
    [TestCase("?limit=1&limit=2", "limit must be an integer number")]
    [TestCase("?offset=-1&limit=0", "limit must not be less than 1", "offset must not be less than 0")]
    [TestCase("?status=lost", "status must be one of the following values: created, in_progress, success, failed, disputed")]
    public void Query_parameters_are_converted_then_validated(string query, params string[] expected) =>
        Assert.That(Validate("/orders", OperationType.Get, query), Is.EqualTo(expected));

    [TestCase("?ids=1&ids=2&limit=5")]
    [TestCase("", "ids is required", "limit is required", "X-Trace is required")]
    [TestCase("?ids=1&ids=x&ids=y&limit=5", "ids[1] must be an integer number", "ids[2] must be an integer number")]
    [TestCase("?ids=1&limit=5&tags=a,b")]
    [TestCase("?ids=1&limit=5&tags=a,b,c", "tags must contain no more than 2 elements")]
    [TestCase("?ids=1&limit=5&exact=true")]
    [TestCase("?ids=1&limit=5&exact=false")]
    [TestCase("?ids=1&limit=5&exact=True", "exact must be a boolean value")]
    [TestCase("?ids=1&limit=5&exact=1", "exact must be a boolean value")]
    [TestCase("?ids=1&limit=5&minAmount=0.5")]
    [TestCase("?ids=1&limit=5&minAmount=2e3")]
    [TestCase("?ids=1&limit=5&minAmount=0", "minAmount must be greater than 0")]
    [TestCase("?ids=1&limit=5&minAmount=abc", "minAmount must be a number")]
    [TestCase("?ids=1&limit=5&minAmount=1e400", "minAmount must be a number")]
    [TestCase("?ids=1&limit=5&minAmount=NaN", "minAmount must be a number")]
    public void Arrays_booleans_numbers_and_required_parameters(string query, params string[] expected)
    {
        var headers = query.Length == 0 ? new HeaderDictionary() : new HeaderDictionary { ["X-Trace"] = "abc" };

        Assert.That(Validate("/search", OperationType.Get, query, headers: headers), Is.EqualTo(expected));
    }

    [TestCase("X-Trace")]
    [TestCase("x-trace")]
    [TestCase("X-TRACE")]
    public void Header_names_are_case_insensitive(string name) =>
        Assert.That(Validate("/search", OperationType.Get, "?ids=1&limit=5", headers: new HeaderDictionary { [name] = "abc" }), Is.Empty);

    [Test]
    public void Header_values_are_validated_under_the_documented_name() =>
        Assert.That(
            Validate("/search", OperationType.Get, "?ids=1&limit=5", headers: new HeaderDictionary { ["x-trace"] = "ABC" }),
            Is.EqualTo(new[] { "X-Trace must match ^[a-z]+$ regular expression" }));

    [TestCase(OrderId, null)]
    [TestCase(OrderId, "key-1")]
    [TestCase("123", null, "id must be a UUID")]
    [TestCase(null, null, "id is required")]
    [TestCase(OrderId, "", "Idempotency-Key must be longer than or equal to 1 characters")]
    public void Path_parameters_and_optional_headers(string? id, string? idempotencyKey, params string[] expected)
    {
        var route = id is null ? new RouteValueDictionary() : new RouteValueDictionary { ["id"] = id };
        var headers = new HeaderDictionary();
        if (idempotencyKey is not null)
        {
            headers["idempotency-key"] = idempotencyKey;
        }

        Assert.That(Validate("/orders/accept/{id}", OperationType.Post, string.Empty, route, headers), Is.EqualTo(expected));
    }

    [Test]
    public void A_long_header_is_reported_with_its_limit() =>
        Assert.That(
            Validate("/orders/accept/{id}", OperationType.Post, string.Empty, new RouteValueDictionary { ["id"] = OrderId }, new HeaderDictionary { ["Idempotency-Key"] = new string('k', 256) }),
            Is.EqualTo(new[] { "Idempotency-Key must be shorter than or equal to 255 characters" }));

    [TestCase("7")]
    [TestCase("abc", "id must be an integer number")]
    [TestCase("0", "id must not be less than 1")]
    public void An_operation_parameter_overrides_the_path_item_parameter_of_the_same_name(string id, params string[] expected)
    {
        var validator = Compile("/items/{id}", OperationType.Get);

        Assert.That(validator.Parameters, Has.Count.EqualTo(1));
        Assert.That(Validate("/items/{id}", OperationType.Get, string.Empty, new RouteValueDictionary { ["id"] = id }), Is.EqualTo(expected));
    }

    [Test]
    public void Route_values_that_are_not_strings_are_formatted_invariantly() =>
        Assert.That(Validate("/items/{id}", OperationType.Get, string.Empty, new RouteValueDictionary { ["id"] = 42 }), Is.Empty);

    [Test]
    public void Cookie_and_authorization_header_parameters_are_not_checked() =>
        Assert.That(
            Compile("/search", OperationType.Get).Parameters.Select(p => p.Name),
            Is.EqualTo(new[] { "ids", "limit", "tags", "exact", "minAmount", "X-Trace" }));

    [Test]
    public void An_http_request_can_be_validated_directly()
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?limit=0&status=created");
        var errors = new List<string>();

        Compile("/orders", OperationType.Get).ValidateParameters(new RequestParameters(context.Request.RouteValues, context.Request.Query, context.Request.Headers), errors);

        Assert.That(errors, Is.EqualTo(new[] { "limit must not be less than 1" }));
    }

    [Test]
    public void Errors_are_appended_to_the_callers_list()
    {
        var errors = new List<string> { "earlier problem" };

        Compile("/orders", OperationType.Get).ValidateParameters(new RouteValueDictionary(), Query("?limit=0"), new HeaderDictionary(), errors);

        Assert.That(errors, Is.EqualTo(new[] { "earlier problem", "limit must not be less than 1" }));
    }

    private static RequestValidator Compile(string path, OperationType method)
    {
        var item = Document.Paths[path];
        return RequestValidator.Compile(item, item.Operations[method]);
    }

    private static QueryCollection Query(string query) => new(QueryHelpers.ParseQuery(query));

    private static string[] Validate(string path, OperationType method, string query, RouteValueDictionary? route = null, HeaderDictionary? headers = null)
    {
        var errors = new List<string>();
        Compile(path, method).ValidateParameters(route ?? new RouteValueDictionary(), Query(query), headers ?? new HeaderDictionary(), errors);
        return [.. errors];
    }
}
