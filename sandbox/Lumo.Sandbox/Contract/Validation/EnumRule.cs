using System.Globalization;
using System.Text.Json;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Writers;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>The enum keyword: strings and numbers compared without allocation, anything else by JSON deep equality.</summary>
internal sealed class EnumRule : SchemaRule
{
    private readonly string[] _strings;
    private readonly decimal[] _numbers;
    private readonly bool _allowsTrue;
    private readonly bool _allowsFalse;
    private readonly bool _allowsNull;
    private readonly JsonElement[] _others;
    private readonly string _message;

    private EnumRule(IList<IOpenApiAny> values)
    {
        var strings = new List<string>();
        var numbers = new List<decimal>();
        var others = new List<JsonElement>();
        var shown = new List<string>(values.Count);
        foreach (var value in values)
        {
            switch (value)
            {
                case OpenApiNull:
                    _allowsNull = true;
                    shown.Add("null");
                    break;
                case OpenApiBoolean flag:
                    _allowsTrue |= flag.Value;
                    _allowsFalse |= !flag.Value;
                    shown.Add(flag.Value ? "true" : "false");
                    break;
                case IOpenApiPrimitive primitive when Number(primitive) is { } number:
                    numbers.Add(number);
                    shown.Add(number.ToString(CultureInfo.InvariantCulture));
                    break;
                case IOpenApiPrimitive primitive when Text(primitive) is { } text:
                    strings.Add(text);
                    shown.Add(text);
                    break;
                default:
                    var json = ToJson(value);
                    others.Add(json);
                    shown.Add(JsonSerializer.Serialize(json));
                    break;
            }
        }

        _strings = [.. strings];
        _numbers = [.. numbers];
        _others = [.. others];
        _message = " must be one of the following values: " + string.Join(", ", shown);
    }

    public static EnumRule? Create(IList<IOpenApiAny>? values) => values is { Count: > 0 } ? new EnumRule(values) : null;

    public override bool Check(JsonElement value, ref ValidationPath path, List<string>? errors)
    {
        if (Contains(value))
        {
            return true;
        }

        errors?.Add(path.Message(_message));
        return false;
    }

    /// <summary>Whether the enum lists this string (see <see cref="ParameterShortcut"/>).</summary>
    public bool ContainsString(ReadOnlySpan<char> text)
    {
        foreach (var candidate in _strings)
        {
            if (text.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private bool Contains(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                foreach (var candidate in _strings)
                {
                    if (value.ValueEquals(candidate))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Number:
                foreach (var candidate in _numbers)
                {
                    if (JsonNumbers.Compare(value, candidate) == 0)
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.True:
                return _allowsTrue;
            case JsonValueKind.False:
                return _allowsFalse;
            case JsonValueKind.Null:
                return _allowsNull;
            default:
                foreach (var candidate in _others)
                {
                    if (JsonElement.DeepEquals(value, candidate))
                    {
                        return true;
                    }
                }

                return false;
        }
    }

    private static decimal? Number(IOpenApiPrimitive primitive) => primitive switch
    {
        OpenApiInteger integer => integer.Value,
        OpenApiLong integer => integer.Value,
        OpenApiDouble real when Math.Abs(real.Value) < 7.9e28 => (decimal)real.Value,
        OpenApiFloat real when Math.Abs(real.Value) < 7.9e28 => (decimal)real.Value,
        _ => null,
    };

    // The reader turns enum strings of date/date-time schemas into dates; compare them as the text they came from.
    private static string? Text(IOpenApiPrimitive primitive) => primitive switch
    {
        OpenApiString text => text.Value,
        OpenApiPassword text => text.Value,
        OpenApiDate date => date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        OpenApiDateTime { Value.Offset.Ticks: 0 } moment => moment.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        OpenApiDateTime moment => moment.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        _ => null,
    };

    private static JsonElement ToJson(IOpenApiAny value)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        value.Write(new OpenApiJsonWriter(text), OpenApiSpecVersion.OpenApi3_0);
        using var document = JsonDocument.Parse(text.ToString());
        return document.RootElement.Clone();
    }
}
