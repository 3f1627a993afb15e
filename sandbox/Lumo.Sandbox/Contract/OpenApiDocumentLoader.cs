using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;

namespace Lumo.Sandbox.Contract;

/// <summary>Reads the API's OpenAPI document: the embedded one, or a replacement given with --openapi.</summary>
internal static class OpenApiDocumentLoader
{
    public const string EmbeddedResourceName = "lumo-b2b.openapi.yaml";

    /// <summary>The loaded document and its text (served as is at /openapi.yaml).</summary>
    /// <remarks>
    /// The embedded document is built by generated code (<see cref="EmbeddedDocument"/>, kept equal to the YAML by the
    /// tests) rather than parsed: reading the YAML is most of what a start would otherwise spend.
    /// </remarks>
    public static LoadedDocument Load(string? path)
    {
        if (path is null)
        {
            return new LoadedDocument(EmbeddedDocument.Create(), EmbeddedText(), $"embedded {EmbeddedResourceName}");
        }

        if (!File.Exists(path))
        {
            throw new ContractLoadException($"OpenAPI document not found: {Path.GetFullPath(path)}");
        }

        return Parse(File.ReadAllText(path), Path.GetFullPath(path));
    }

    /// <summary>The text of the embedded document.</summary>
    public static string EmbeddedText()
    {
        using var stream = typeof(OpenApiDocumentLoader).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"The embedded OpenAPI document {EmbeddedResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static LoadedDocument Parse(string text, string source)
    {
        var document = new OpenApiStringReader().Read(text, out var diagnostic);
        if (diagnostic.Errors.Count > 0 || document?.Paths is null)
        {
            var problems = string.Join(Environment.NewLine, diagnostic.Errors.Select(e => $"  {e.Pointer}: {e.Message}"));
            throw new ContractLoadException($"The OpenAPI document {source} is invalid:{Environment.NewLine}{problems}");
        }

        return new LoadedDocument(document, text, source);
    }
}

/// <summary>An OpenAPI document with the text it was read from.</summary>
internal sealed record LoadedDocument(OpenApiDocument Document, string Text, string Source);

/// <summary>The OpenAPI document cannot be used; the message says why and where.</summary>
internal sealed class ContractLoadException(string message) : Exception(message);
