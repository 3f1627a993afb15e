using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lumo.Sandbox.Contract;
using Microsoft.OpenApi.Writers;

namespace Lumo.Sandbox.Http.Docs;

/// <summary>The loaded document as JSON, written by Microsoft.OpenApi's own JSON writer (what reference UIs read).</summary>
internal static partial class OpenApiJson
{
    public static byte[] Write(LoadedDocument loaded)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        loaded.Document.SerializeAsV3(new OpenApiJsonWriter(text));
        var json = JsonNode.Parse(text.ToString())!;
        RestoreUtcTimes(json);
        using var bytes = new MemoryStream();
        using (var writer = new Utf8JsonWriter(bytes, new JsonWriterOptions { Indented = true }))
        {
            json.WriteTo(writer);
        }

        return bytes.ToArray();
    }

    // Microsoft.OpenApi 1.x reads an example string of a `format: date-time` schema into a DateTimeOffset and
    // writes it back as "2026-01-01T12:00:00.0000000+00:00". The API (and the YAML) write "2026-01-01T12:00:00Z";
    // the reference must show the API's own form, so such values are written back that way.
    private static void RestoreUtcTimes(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (Rewritten(child) is { } time)
                    {
                        obj[name] = time;
                    }
                    else
                    {
                        RestoreUtcTimes(child);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Rewritten(array[i]) is { } time)
                    {
                        array[i] = time;
                    }
                    else
                    {
                        RestoreUtcTimes(array[i]);
                    }
                }

                break;
        }
    }

    private static string? Rewritten(JsonNode? node)
    {
        if (node is not JsonValue value || !value.TryGetValue<string>(out var text) || !RoundTripUtc().IsMatch(text))
        {
            return null;
        }

        var time = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
        var format = time.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        return time.UtcDateTime.ToString(format, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}\+00:00$", RegexOptions.CultureInvariant)]
    private static partial Regex RoundTripUtc();
}
