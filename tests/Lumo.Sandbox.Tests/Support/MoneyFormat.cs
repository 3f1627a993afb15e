using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.OpenApi.Models;

namespace Lumo.Sandbox.Tests.Support;

/// <summary>
/// One rule for every money amount in every answer: two decimals, as the API's examples write them. Walks a
/// response with its schema and names each money field (a <c>type: number</c> property) written otherwise.
/// </summary>
internal static partial class MoneyFormat
{
    /// <summary>Number properties that are not money: every other <c>type: number</c> property in the document is.</summary>
    public static readonly IReadOnlySet<string> NotMoney = new HashSet<string>(StringComparer.Ordinal) { "durationMs", "seconds" };

    public static void Check(OpenApiSchema? schema, JsonElement value, string path, List<string> errors)
    {
        if (schema is null)
        {
            return;
        }

        foreach (var part in schema.AllOf.Concat(schema.AnyOf).Concat(schema.OneOf))
        {
            Check(part, value, path, errors);
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Number when schema.Type == "number" && !TwoDecimals().IsMatch(value.GetRawText()):
                errors.Add($"{path} is {value.GetRawText()}: money is written with two decimals");
                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    if (schema.Properties.TryGetValue(property.Name, out var child) && !NotMoney.Contains(property.Name))
                    {
                        Check(child, property.Value, $"{path}.{property.Name}", errors);
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(schema.Items, item, $"{path}[{index++}]", errors);
                }

                break;
        }
    }

    [GeneratedRegex(@"^-?\d+\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex TwoDecimals();
}
