using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>
/// One path, query or header parameter: presence, conversion of the raw strings to the schema's type,
/// then the schema itself, so "limit must not be less than 1" reads the same as for a body property.
/// </summary>
internal sealed class ParameterValidator
{
    private readonly SchemaValidator? _schema;
    private readonly ParameterShortcut? _shortcut;
    private readonly JsonType _type;
    private readonly JsonType _itemType;
    private readonly char _separator;

    private ParameterValidator(OpenApiParameter parameter, SchemaValidator? schema)
    {
        Name = parameter.Name;
        Location = parameter.In ?? ParameterLocation.Query;
        Required = parameter.Required || Location == ParameterLocation.Path;
        _schema = schema;
        _type = EffectiveType(parameter.Schema);
        _itemType = EffectiveType(parameter.Schema?.Items);
        _separator = Separator(parameter, Location);
        _shortcut = ParameterShortcut.For(_type, schema);
        Default = DefaultOf(parameter.Schema);
    }

    public string Name { get; }

    public ParameterLocation Location { get; }

    public bool Required { get; }

    /// <summary>The schema's <c>default</c> as the text a client would send; null when the document gives none.</summary>
    public string? Default { get; }

    public static ParameterValidator Compile(OpenApiParameter parameter, SchemaCompiler compiler)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(compiler);
        return new ParameterValidator(parameter, parameter.Schema is null ? null : compiler.Compile(parameter.Schema));
    }

    /// <summary>Validates the raw values of the parameter (none when it is absent).</summary>
    public void Validate(StringValues values, List<string> errors)
    {
        if (!ShortcutAccepts(values))
        {
            ValidateFully(values, errors);
        }
    }

    /// <summary>Whether <see cref="ParameterShortcut"/> already knows the values are valid.</summary>
    internal bool ShortcutAccepts(StringValues values) => values.Count == 1 && _shortcut is not null && _shortcut.Accepts(values[0]);

    /// <summary>The full check: the values as JSON of the schema's type, against the schema, with messages.</summary>
    internal void ValidateFully(StringValues values, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var path = new ValidationPath(Name);
        var json = ParameterJson.Rent();
        try
        {
            if (values.Count == 0)
            {
                if (Required)
                {
                    errors.Add(path.Message(" is required"));
                }
            }
            else if (_schema is not null && _type != JsonType.Object && TryWrite(json, values, ref path, errors))
            {
                using var document = JsonDocument.Parse(json.Flush());
                _schema.Check(document.RootElement, ref path, errors);
            }
        }
        finally
        {
            json.Return();
            path.Dispose();
        }
    }

    private bool TryWrite(ParameterJson json, StringValues values, ref ValidationPath path, List<string> errors)
    {
        if (_type != JsonType.Array)
        {
            // A repeated scalar is an array, which is not of the scalar's type (as NestJS reports it).
            if (values.Count > 1 || !json.TryWrite(_type, values[0]))
            {
                errors.Add(path.Message(SchemaValidator.TypeMessage(_type)));
                return false;
            }

            return true;
        }

        var written = true;
        var index = 0;
        json.Writer.WriteStartArray();
        foreach (var value in values)
        {
            var text = (value ?? string.Empty).AsSpan();
            if (_separator == '\0')
            {
                written &= TryWriteItem(json, text, index++, ref path, errors);
                continue;
            }

            foreach (var range in text.Split(_separator))
            {
                written &= TryWriteItem(json, text[range].Trim(' '), index++, ref path, errors);
            }
        }

        json.Writer.WriteEndArray();
        return written;
    }

    private bool TryWriteItem(ParameterJson json, ReadOnlySpan<char> text, int index, ref ValidationPath path, List<string> errors)
    {
        if (json.TryWrite(_itemType, text))
        {
            return true;
        }

        var mark = path.PushIndex(index);
        errors.Add(path.Message(SchemaValidator.TypeMessage(_itemType)));
        path.Pop(mark);
        return false;
    }

    /// <summary>The type to convert to: the schema's, or the first one named by its allOf/oneOf/anyOf parts.</summary>
    private static JsonType EffectiveType(OpenApiSchema? schema)
    {
        if (schema is null)
        {
            return JsonType.String;
        }

        var type = schema.Type;
        foreach (var group in new[] { schema.AllOf, schema.OneOf, schema.AnyOf })
        {
            foreach (var part in group ?? [])
            {
                type ??= part.Type;
            }
        }

        return type switch
        {
            "integer" => JsonType.Integer,
            "number" => JsonType.Number,
            "boolean" => JsonType.Boolean,
            "array" => JsonType.Array,
            "object" => JsonType.Object,
            _ => JsonType.String,
        };
    }

    /// <summary>How an array travels in one string: form+explode repeats the key instead ('\0').</summary>
    private static char Separator(OpenApiParameter parameter, ParameterLocation location) => parameter.Style switch
    {
        ParameterStyle.SpaceDelimited => ' ',
        ParameterStyle.PipeDelimited => '|',
        ParameterStyle.Form or null when location == ParameterLocation.Query => parameter.Explode ? '\0' : ',',
        _ => ',',
    };

    private static string? DefaultOf(OpenApiSchema? schema) => schema?.Default switch
    {
        OpenApiInteger integer => integer.Value.ToString(CultureInfo.InvariantCulture),
        OpenApiLong number => number.Value.ToString(CultureInfo.InvariantCulture),
        OpenApiString text => text.Value,
        OpenApiBoolean flag => flag.Value ? "true" : "false",
        _ => null,
    };
}
