using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SharpYaml;
using SharpYaml.Serialization;

namespace Lumo.Sandbox.Http.Docs;

/// <summary>
/// The served YAML document as JSON, value for value. It is converted from the YAML text itself (YAML 1.2 core
/// schema), not written back from the parsed model: Microsoft.OpenApi 1.x's writer changes the version, drops
/// <c>additionalProperties: true</c> and rewrites date-time examples, so generators would see another contract.
/// </summary>
internal static partial class OpenApiJson
{
    public static byte[] Write(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var json = stream.Documents.Count == 0 ? null : ToJson(stream.Documents[0].RootNode);
        using var bytes = new MemoryStream();
        using (var writer = new Utf8JsonWriter(bytes, new JsonWriterOptions { Indented = true }))
        {
            if (json is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                json.WriteTo(writer);
            }
        }

        return bytes.ToArray();
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(pair =>
            KeyValuePair.Create(((YamlScalarNode)pair.Key).Value ?? "", ToJson(pair.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException($"Unsupported YAML node {node.GetType().Name}."),
    };

    // Only plain (unquoted) scalars can be anything but a string; these are the core schema's tags.
    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(text.Equals("true", StringComparison.OrdinalIgnoreCase));
        }

        if (CoreNumber().IsMatch(text))
        {
            return JsonNode.Parse(Encoding.UTF8.GetBytes(CanonicalNumber(text)));
        }

        return JsonValue.Create(text);
    }

    // JSON has no leading '+' and no bare '.5' or '5.'; the value stays the same.
    private static string CanonicalNumber(string text)
    {
        var number = text.TrimStart('+');
        if (long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole.ToString(CultureInfo.InvariantCulture);
        }

        return decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            ? exact.ToString(CultureInfo.InvariantCulture)
            : double.Parse(number, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^[-+]?(\d+|\d+\.\d*|\.\d+)([eE][-+]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreNumber();
}
