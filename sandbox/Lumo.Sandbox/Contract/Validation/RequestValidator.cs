using System.Text.Json;
using Microsoft.OpenApi.Models;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>
/// The request contract of one operation, compiled once at start-up: its parameters (path-level ones
/// included, overridden by the operation's own) and its body. Safe to share between requests.
/// </summary>
internal sealed class RequestValidator
{
    // OpenAPI 3.0: header parameters with these names are ignored; HTTP itself carries them.
    private static readonly HashSet<string> IgnoredHeaders = new(StringComparer.OrdinalIgnoreCase) { "Accept", "Content-Type", "Authorization" };

    private readonly ParameterValidator[] _parameters;

    private RequestValidator(ParameterValidator[] parameters, RequestBodyRule? body)
    {
        _parameters = parameters;
        Body = body;
    }

    public IReadOnlyList<ParameterValidator> Parameters => _parameters;

    /// <summary>Null when the operation declares no request body.</summary>
    public RequestBodyRule? Body { get; }

    /// <summary>Compiles an operation's request contract; pass one <paramref name="compiler"/> for all operations so that component schemas compile once.</summary>
    public static RequestValidator Compile(OpenApiPathItem pathItem, OpenApiOperation operation, SchemaCompiler? compiler = null)
    {
        ArgumentNullException.ThrowIfNull(pathItem);
        ArgumentNullException.ThrowIfNull(operation);
        compiler ??= new SchemaCompiler();
        var merged = new List<OpenApiParameter>();
        foreach (var parameter in (pathItem.Parameters ?? []).Concat(operation.Parameters ?? []))
        {
            if (parameter.In is ParameterLocation.Cookie
                || (parameter.In is ParameterLocation.Header && IgnoredHeaders.Contains(parameter.Name)))
            {
                continue;
            }

            // The operation's parameter replaces the path item's one with the same name and location.
            var existing = merged.FindIndex(p => p.In == parameter.In && p.Name == parameter.Name);
            if (existing >= 0)
            {
                merged[existing] = parameter;
            }
            else
            {
                merged.Add(parameter);
            }
        }

        var parameters = new ParameterValidator[merged.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = ParameterValidator.Compile(merged[i], compiler);
        }

        var body = operation.RequestBody is null ? null : RequestBodyRule.Compile(operation.RequestBody, compiler);
        return new RequestValidator(parameters, body);
    }

    public void ValidateParameters(RouteValueDictionary routeValues, IQueryCollection query, IHeaderDictionary headers, List<string> errors) =>
        ValidateParameters(new RequestParameters(routeValues, query, headers), errors);

    public void ValidateParameters(in RequestParameters parameters, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var parameter in _parameters)
        {
            parameter.Validate(parameters.Get(parameter.Location, parameter.Name), errors);
        }
    }

    /// <summary>Validates the parsed JSON body (null when the request had none); no-op for operations without a body.</summary>
    public void ValidateBody(JsonElement? body, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Body?.Validate(body, errors);
    }
}
