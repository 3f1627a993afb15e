using System.Text.Json;
using Lumo.Sandbox.Contract.Validation;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;

namespace Lumo.Sandbox.Tests.Contract.Validation;

/// <summary>Builds small OpenAPI documents from YAML, the way the server reads its own.</summary>
internal static class OpenApiYaml
{
    private const string Header = """
        openapi: 3.0.3
        info: {title: test, version: '1'}

        """;

    public static OpenApiDocument Document(string yaml)
    {
        var document = new OpenApiStringReader().Read(yaml, out var diagnostic);
        if (diagnostic.Errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", diagnostic.Errors.Select(e => e.ToString())));
        }

        return document;
    }

    /// <summary>A document with <paramref name="paths"/> (the block under "paths:") and optional component schemas.</summary>
    public static OpenApiDocument WithPaths(string paths, string schemas = "") =>
        Document(Header + "paths:\n" + Indent(paths, 2) + (schemas.Length == 0 ? string.Empty : "components:\n  schemas:\n" + Indent(schemas, 4)));

    /// <summary>A document whose component schemas are <paramref name="schemas"/> (the block under "schemas:").</summary>
    public static OpenApiDocument WithSchemas(string schemas) =>
        Document(Header + "paths: {}\ncomponents:\n  schemas:\n" + Indent(schemas, 4));

    /// <summary>The schema written in <paramref name="yaml"/>, which may refer to #/components/schemas/<paramref name="others"/>.</summary>
    public static OpenApiSchema Schema(string yaml, string others = "") =>
        WithSchemas("Subject:\n" + Indent(yaml, 2) + others).Components.Schemas["Subject"];

    /// <summary>The messages for <paramref name="json"/> against the schema written in <paramref name="yaml"/>.</summary>
    public static string[] Errors(string yaml, string json, string path = "", string others = "")
    {
        var validator = SchemaValidator.Compile(Schema(yaml, others));
        using var document = JsonDocument.Parse(json);
        var errors = new List<string>();
        validator.Validate(document.RootElement, path, errors);
        return [.. errors];
    }

    private static string Indent(string block, int spaces)
    {
        var prefix = new string(' ', spaces);
        var lines = block.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        return string.Concat(lines.Select(line => line.Length == 0 ? "\n" : prefix + line + "\n"));
    }
}
