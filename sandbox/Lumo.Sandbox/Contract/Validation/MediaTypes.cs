using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi.Models;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>Picks the JSON entry of an OpenAPI content map and matches Content-Type headers against it.</summary>
internal static class MediaTypes
{
    public const string Json = "application/json";

    /// <summary>The schema of application/json, else of a "+json" media type (application/problem+json); null when none.</summary>
    public static OpenApiSchema? JsonSchema(IDictionary<string, OpenApiMediaType>? content)
    {
        if (content is null)
        {
            return null;
        }

        OpenApiSchema? suffixed = null;
        foreach (var (name, mediaType) in content)
        {
            if (!MediaTypeHeaderValue.TryParse(name, out var parsed))
            {
                continue;
            }

            if (parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            {
                return mediaType.Schema ?? new OpenApiSchema();
            }

            if (parsed.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))
            {
                suffixed ??= mediaType.Schema ?? new OpenApiSchema();
            }
        }

        return suffixed;
    }

    public static MediaTypeHeaderValue[] Parse(IEnumerable<string> names)
    {
        var parsed = new List<MediaTypeHeaderValue>();
        foreach (var name in names)
        {
            if (MediaTypeHeaderValue.TryParse(name, out var value))
            {
                parsed.Add(value);
            }
        }

        return [.. parsed];
    }

    /// <summary>Whether a request's Content-Type falls under one of the declared media types (wildcards allowed).</summary>
    public static bool Accepts(MediaTypeHeaderValue[] declared, string? contentType)
    {
        if (declared.Length == 0)
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var actual))
        {
            return false;
        }

        foreach (var candidate in declared)
        {
            if (actual.IsSubsetOf(candidate))
            {
                return true;
            }
        }

        return false;
    }
}
