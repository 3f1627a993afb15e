using System.Text.Json;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi.Models;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>The request body of an operation: whether it is required, its media types and its JSON schema.</summary>
internal sealed class RequestBodyRule
{
    private readonly MediaTypeHeaderValue[] _accepted;

    private RequestBodyRule(bool required, IReadOnlyList<string> mediaTypes, SchemaValidator? json)
    {
        Required = required;
        MediaTypes = mediaTypes;
        Json = json;
        _accepted = Validation.MediaTypes.Parse(mediaTypes);
    }

    public bool Required { get; }

    /// <summary>The media types the operation accepts, as written in the document (for 415 answers).</summary>
    public IReadOnlyList<string> MediaTypes { get; }

    /// <summary>The compiled application/json schema; null when the body is not JSON.</summary>
    public SchemaValidator? Json { get; }

    public static RequestBodyRule Compile(OpenApiRequestBody body, SchemaCompiler compiler)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(compiler);
        var content = body.Content ?? new Dictionary<string, OpenApiMediaType>();
        var schema = Validation.MediaTypes.JsonSchema(content);
        return new RequestBodyRule(body.Required, [.. content.Keys], schema is null ? null : compiler.Compile(schema));
    }

    /// <summary>Whether a Content-Type header (parameters such as charset allowed) is one the operation accepts.</summary>
    public bool Accepts(string? contentType) => Validation.MediaTypes.Accepts(_accepted, contentType);

    /// <summary>Validates the parsed body; null means the request had none.</summary>
    public void Validate(JsonElement? body, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (body is not { } value)
        {
            if (Required)
            {
                errors.Add(ValidationPath.RootName + " is required");
            }

            return;
        }

        Json?.Validate(value, string.Empty, errors);
    }
}
