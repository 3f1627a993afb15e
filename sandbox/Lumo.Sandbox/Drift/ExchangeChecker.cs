using System.Globalization;
using System.Text.Json;
using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Contract.Validation;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi.Models;

namespace Lumo.Sandbox.Drift;

/// <summary>
/// Checks one call against the document, both ways: the request against the operation's parameters and body, the
/// answer against its documented statuses, content types and schemas. It only reports; it never changes what passes.
/// </summary>
internal sealed class ExchangeChecker
{
    private readonly SchemaDrift _schemas = new();

    /// <summary>What a request sent differently from the document (parameters by <c>query.limit</c>, body by JSON path).</summary>
    public List<Mismatch> CheckRequest(OperationDescriptor operation, Func<ParameterLocation, string, StringValues> parameters, string? contentType, ReadOnlySpan<byte> body)
    {
        var found = new List<Mismatch>();
        var errors = new List<string>(1);
        foreach (var parameter in operation.Validator.Parameters)
        {
            var values = parameters(parameter.Location, parameter.Name);
            errors.Clear();
            parameter.Validate(values, errors);
            if (errors.Count > 0)
            {
                var path = LocationName(parameter.Location) + "." + parameter.Name;
                var expected = errors[0].StartsWith(parameter.Name + " ", StringComparison.Ordinal) ? errors[0][(parameter.Name.Length + 1)..] : errors[0];
                var actual = values.Count == 0 ? "missing" : SecretNames.IsSecret(parameter.Name) ? SecretNames.Mask : Quote(values.ToString());
                found.Add(new Mismatch(DriftKind.RequestParameter, path, path, expected, actual));
            }
        }

        if (operation.Validator.Body is not { } rule)
        {
            return found;
        }

        if (body.IsEmpty)
        {
            if (rule.Required)
            {
                found.Add(new Mismatch(DriftKind.RequestBody, JsonPathText.Root, JsonPathText.Root, "a JSON body", "no body"));
            }

            return found;
        }

        if (!rule.Accepts(contentType))
        {
            found.Add(new Mismatch(DriftKind.RequestBody, JsonPathText.Root, JsonPathText.Root, string.Join(" or ", rule.MediaTypes), MediaTypeOf(contentType)));
            return found;
        }

        if (MediaTypes.JsonSchema(operation.Operation.RequestBody?.Content) is { } schema)
        {
            CheckJson(schema, body, DriftKind.RequestBody, DriftKind.RequestBody, found);
        }

        return found;
    }

    /// <summary>What an answer did differently from the document.</summary>
    public List<Mismatch> CheckResponse(OperationDescriptor operation, int status, string? contentType, ReadOnlySpan<byte> body)
    {
        var found = new List<Mismatch>();
        var code = status.ToString(CultureInfo.InvariantCulture);
        var responses = operation.Operation.Responses;
        OpenApiResponse? response = null;
        if (responses.TryGetValue(code, out var exact) || responses.TryGetValue(code[..1] + "XX", out exact))
        {
            response = exact;
        }
        else
        {
            // `default` describes unexpected errors; a status the real API now answers on purpose is news, so it is
            // reported even where `default` would cover it (and its body is still checked against `default`).
            var documented = responses.Keys.Where(k => k != "default").Order(StringComparer.Ordinal);
            found.Add(new Mismatch(DriftKind.ResponseStatus, JsonPathText.Root, JsonPathText.Root, "one of " + string.Join(", ", documented), code));
            if (!responses.TryGetValue("default", out response))
            {
                return found;
            }
        }

        if (response.Content is not { Count: > 0 } content || status is 204 or 304)
        {
            if (!body.IsEmpty)
            {
                found.Add(new Mismatch(DriftKind.ResponseBody, JsonPathText.Root, JsonPathText.Root, "no body", $"{body.Length} bytes of {MediaTypeOf(contentType)}"));
            }

            return found;
        }

        var declared = MediaTypes.Parse(content.Keys);
        if (!MediaTypes.Accepts(declared, contentType))
        {
            found.Add(new Mismatch(DriftKind.ResponseContentType, JsonPathText.Root, JsonPathText.Root, string.Join(" or ", content.Keys), MediaTypeOf(contentType)));
            return found;
        }

        if (MediaTypes.JsonSchema(content) is not { } schema)
        {
            return found;
        }

        if (body.IsEmpty)
        {
            found.Add(new Mismatch(DriftKind.ResponseBody, JsonPathText.Root, JsonPathText.Root, "a JSON body", "no body"));
            return found;
        }

        CheckJson(schema, body, DriftKind.ResponseBody, DriftKind.UndocumentedProperty, found);
        return found;
    }

    private void CheckJson(OpenApiSchema schema, ReadOnlySpan<byte> body, string kind, string undeclaredKind, List<Mismatch> found)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(body);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException ex)
        {
            found.Add(new Mismatch(kind, JsonPathText.Root, JsonPathText.Root, "JSON", "unreadable JSON: " + ex.Message.Split('.')[0]));
            return;
        }

        using (document)
        {
            _schemas.Check(schema, document.RootElement, kind, undeclaredKind, found);
        }
    }

    private static string LocationName(ParameterLocation? location) => location switch
    {
        ParameterLocation.Path => "path",
        ParameterLocation.Header => "header",
        _ => "query",
    };

    private static string MediaTypeOf(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType.ToString() : contentType is { Length: > 0 } ? contentType : "none";

    private static string Quote(string text) => "\"" + (text.Length > 80 ? text[..80] + "…" : text) + "\"";
}
