using System.Globalization;
using System.Text.Json;
using Microsoft.OpenApi.Models;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>
/// Checks a response against an operation's documented responses: the status must be documented
/// (exactly, as 2XX, or by default), a response without content has no body, a JSON one matches its schema.
/// </summary>
internal sealed class ResponseValidator
{
    private readonly string _operationName;
    private readonly Dictionary<string, (bool HasContent, bool HasJson, SchemaValidator? Schema)> _responses;

    private ResponseValidator(string operationName, Dictionary<string, (bool, bool, SchemaValidator?)> responses)
    {
        _operationName = operationName;
        _responses = responses;
    }

    public static ResponseValidator Compile(OpenApiOperation operation, SchemaCompiler? compiler = null)
    {
        ArgumentNullException.ThrowIfNull(operation);
        compiler ??= new SchemaCompiler();
        var responses = new Dictionary<string, (bool, bool, SchemaValidator?)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (status, response) in operation.Responses ?? [])
        {
            var schema = MediaTypes.JsonSchema(response.Content);
            var hasContent = response.Content is { Count: > 0 };
            responses[status] = (hasContent, schema is not null, schema is null ? null : compiler.Compile(schema));
        }

        return new ResponseValidator(operation.OperationId ?? "the operation", responses);
    }

    /// <summary>One-off check; compile once with <see cref="Compile"/> to check many responses.</summary>
    public static void Validate(OpenApiOperation operation, int statusCode, JsonElement? body, List<string> errors) =>
        Compile(operation).Validate(statusCode, body, errors);

    /// <summary>Appends the problems of a response with <paramref name="body"/> (null for none) to <paramref name="errors"/>.</summary>
    public void Validate(int statusCode, JsonElement? body, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var status = statusCode.ToString(CultureInfo.InvariantCulture);
        if (!_responses.TryGetValue(status, out var response)
            && !_responses.TryGetValue(status[..1] + "XX", out response)
            && !_responses.TryGetValue("default", out response))
        {
            errors.Add($"status {status} is not documented for {_operationName}");
            return;
        }

        // 204 and 304 cannot carry a body whatever the document says.
        if (!response.HasContent || statusCode is 204 or 304)
        {
            if (body is not null)
            {
                errors.Add($"status {status} for {_operationName} must not have a body");
            }

            return;
        }

        if (!response.HasJson)
        {
            return;
        }

        if (body is not { } value)
        {
            errors.Add($"status {status} for {_operationName} must have a JSON body");
            return;
        }

        response.Schema?.Validate(value, string.Empty, errors);
    }
}
