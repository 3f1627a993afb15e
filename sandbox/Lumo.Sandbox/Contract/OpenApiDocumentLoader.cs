using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;

namespace Lumo.Sandbox.Contract;

/// <summary>Reads the API's OpenAPI document: the embedded one, or a replacement given with --openapi.</summary>
internal static class OpenApiDocumentLoader
{
    public const string EmbeddedResourceName = "lumo-b2b.openapi.yaml";

    /// <summary>The loaded document and its text (served as is at /openapi.yaml).</summary>
    public static LoadedDocument Load(string? path)
    {
        string text;
        string source;
        if (path is null)
        {
            using var stream = typeof(OpenApiDocumentLoader).Assembly.GetManifestResourceStream(EmbeddedResourceName)
                ?? throw new InvalidOperationException($"The embedded OpenAPI document {EmbeddedResourceName} is missing from the build.");
            using var reader = new StreamReader(stream);
            text = reader.ReadToEnd();
            source = $"embedded {EmbeddedResourceName}";
        }
        else
        {
            if (!File.Exists(path))
            {
                throw new ContractLoadException($"OpenAPI document not found: {Path.GetFullPath(path)}");
            }

            text = File.ReadAllText(path);
            source = Path.GetFullPath(path);
        }

        return Parse(text, source);
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
