using System.Globalization;
using System.Text;
using Microsoft.OpenApi.Models;

namespace Lumo.Sandbox.Tests.Docs;

/// <summary>Renders the control API table of docs/control-api.md from the OpenAPI document: every operation under /_sandbox, in document order.</summary>
internal static class ControlApiReference
{
    public static string Render(OpenApiDocument document)
    {
        var text = new StringBuilder();
        text.Append("| method and path | operationId | what it does | input (`?` optional) | answers |\n|---|---|---|---|---|\n");
        foreach (var (path, item) in document.Paths.Where(p => p.Key.StartsWith("/_sandbox/", StringComparison.Ordinal)))
        {
            foreach (var (method, operation) in item.Operations)
            {
                var success = operation.Responses.Keys.Where(code => code.StartsWith('2')).Order(StringComparer.Ordinal).First();
                text.Append(CultureInfo.InvariantCulture, $"| `{method.ToString().ToUpperInvariant()} {path}` | `{operation.OperationId}` | {operation.Summary} | {Input(item, operation)} | {success} |\n");
            }
        }

        return text.ToString();
    }

    private static string Input(OpenApiPathItem item, OpenApiOperation operation)
    {
        var parts = new List<string>();
        var query = item.Parameters.Concat(operation.Parameters).Where(p => p.In == ParameterLocation.Query).Select(p => p.Name + (p.Required ? "" : "?")).ToList();
        if (query.Count > 0)
        {
            parts.Add($"query `{string.Join(", ", query)}`");
        }

        if (operation.RequestBody?.Content.Values.FirstOrDefault()?.Schema is { } body)
        {
            var fields = body.Properties.Select(p => p.Key + (body.Required.Contains(p.Key) ? "" : "?")).ToList();
            var shape = fields.Count == 0 ? $"a {body.Reference?.Id ?? "JSON"} object" : $"`{{{string.Join(", ", fields)}}}`";
            parts.Add($"body{(operation.RequestBody.Required ? "" : "?")} {shape}");
        }

        return string.Join("; ", parts);
    }
}
