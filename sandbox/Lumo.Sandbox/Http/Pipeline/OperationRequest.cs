using System.Globalization;
using System.Text.Json;
using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Engine;
using Lumo.Sandbox.Engine.Companies;
using Microsoft.OpenApi.Models;

namespace Lumo.Sandbox.Http.Pipeline;

/// <summary>
/// A request that passed auth and validation, as a handler sees it. Parameters are already checked against
/// the document, so the accessors only convert.
/// </summary>
internal sealed class OperationRequest(HttpContext http, SandboxEngine engine, OperationDescriptor operation, CompanyState? company, JsonElement? body)
{
    public HttpContext Http { get; } = http;

    public SandboxEngine Engine { get; } = engine;

    public OperationDescriptor Operation { get; } = operation;

    public JsonElement? Body { get; } = body;

    /// <summary>What the operation's body check read (see <see cref="BodyCheck"/>), or null when it has none.</summary>
    public object? Checked { get; init; }

    /// <summary>The authenticated company (operations secured by an API key only).</summary>
    public CompanyState Company => company ?? throw new InvalidOperationException($"{Operation.OperationId} is not secured by an API key");

    public T Service<T>()
        where T : notnull => Http.RequestServices.GetRequiredService<T>();

    public Guid RouteId(string name = "id") => Guid.Parse((string)Http.Request.RouteValues[name]!);

    public string? Query(string name) => Http.Request.Query.TryGetValue(name, out var value) && value.Count > 0 ? value.ToString() : null;

    /// <summary>An integer query parameter (validated already), or its default from the OpenAPI document.</summary>
    public int QueryInt(string name) =>
        int.Parse(Query(name) ?? DocumentDefault(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    // The document is the one place defaults are written; a parameter the handler reads without one is a bug.
    private string DocumentDefault(string name)
    {
        foreach (var parameter in Operation.Validator.Parameters)
        {
            if (parameter.Location == ParameterLocation.Query && parameter.Name == name && parameter.Default is { } value)
            {
                return value;
            }
        }

        throw new InvalidOperationException($"{Operation.OperationId}: query parameter {name} has no default in the OpenAPI document");
    }

    public Guid? QueryGuid(string name) => Query(name) is { } text ? Guid.Parse(text) : null;

    public string? Header(string name) => Http.Request.Headers.TryGetValue(name, out var value) && value.Count > 0 ? value.ToString() : null;

    public string? BodyString(string name) =>
        Body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    public decimal? BodyDecimal(string name) =>
        Body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDecimal() : null;

    public int? BodyInt(string name) =>
        Body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : null;

    public bool? BodyBool(string name) =>
        Body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty(name, out var p) && p.ValueKind is JsonValueKind.True or JsonValueKind.False ? p.GetBoolean() : null;

    /// <summary>Absent, null or a string: what a PATCH needs to tell "leave it" from "clear it".</summary>
    public Optional<string?> BodyOptionalString(string name) =>
        Body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty(name, out var p)
            ? new Optional<string?>(true, p.ValueKind == JsonValueKind.Null ? null : p.GetString())
            : Optional<string?>.Absent;
}
