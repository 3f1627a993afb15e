using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Lumo.Sandbox.Contract.Validation;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;

namespace Lumo.Sandbox.Drift;

/// <summary>
/// Walks a JSON value along its schema and names each difference by JSON path, with what the document expected
/// and what was seen. Unlike the request validator it also reports properties the schema does not declare (a new
/// field is the first sign of drift). Scalar keywords (format, pattern, bounds) are checked by the compiled
/// <see cref="SchemaValidator"/>, so both agree on what a valid value is.
/// </summary>
internal sealed class SchemaDrift
{
    private const int MaxDepth = 64;
    private const int MaxActualChars = 80;

    private readonly ConcurrentDictionary<OpenApiSchema, SchemaValidator> _validators = new(ReferenceEqualityComparer.Instance);
    private readonly SchemaCompiler _compiler = new();
    private readonly Lock _compileLock = new();

    /// <summary>
    /// Appends the differences of <paramref name="value"/> from <paramref name="schema"/> to <paramref name="found"/>:
    /// a wrong value as <paramref name="kind"/>, an undeclared property as <paramref name="undeclaredKind"/>.
    /// </summary>
    public void Check(OpenApiSchema schema, JsonElement value, string kind, string undeclaredKind, List<Mismatch> found) =>
        Walk(schema, value, JsonPathText.Root, JsonPathText.Root, new Context(kind, undeclaredKind, found), 0);

    private void Walk(OpenApiSchema schema, JsonElement value, string path, string group, Context context, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 })
        {
            WalkAlternatives(schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf, value, path, group, context, depth);
            return;
        }

        var type = TypeOf(schema);
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (type is not null && !IsNullable(schema))
            {
                context.Add(context.Kind, path, group, type, "null");
            }

            return;
        }

        if (type is not null && !HasType(type, value))
        {
            context.Add(context.Kind, path, group, type, Describe(value, path));
            return;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                WalkObject(schema, value, path, group, context, depth);
                break;
            case JsonValueKind.Array:
                WalkArray(schema, value, path, group, context, depth);
                break;
            default:
                CheckScalar(schema, value, path, group, context);
                break;
        }
    }

    private void WalkAlternatives(IList<OpenApiSchema> alternatives, JsonElement value, string path, string group, Context context, int depth)
    {
        foreach (var alternative in alternatives)
        {
            if (ValidatorOf(alternative).IsValid(value))
            {
                Walk(alternative, value, path, group, context, depth + 1); // valid, but it may still carry undeclared properties
                return;
            }
        }

        // No alternative fits: explain by the one of the value's own type, when there is exactly one.
        var sameType = alternatives.Where(a => TypeOf(a) is { } t && HasType(t, value)).ToList();
        if (sameType.Count == 1)
        {
            Walk(sameType[0], value, path, group, context, depth + 1);
            return;
        }

        var names = alternatives.Select(a => a.Reference?.Id ?? TypeOf(a) ?? "any").Distinct(StringComparer.Ordinal);
        context.Add(context.Kind, path, group, "one of: " + string.Join(", ", names), Describe(value, path));
    }

    private void WalkObject(OpenApiSchema schema, JsonElement value, string path, string group, Context context, int depth)
    {
        var shape = ObjectShape.Of(schema);
        foreach (var required in shape.Required)
        {
            if (!value.TryGetProperty(required, out _))
            {
                context.Add(context.Kind, JsonPathText.Property(path, required), JsonPathText.Property(group, required), "required property", "missing");
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            var childPath = JsonPathText.Property(path, property.Name);
            var childGroup = JsonPathText.Property(group, property.Name);
            if (shape.Properties.TryGetValue(property.Name, out var declared))
            {
                Walk(declared, property.Value, childPath, childGroup, context, depth + 1);
            }
            else if (shape.Additional is { } additional)
            {
                Walk(additional, property.Value, childPath, childGroup, context, depth + 1);
            }
            else if (shape.DeclaresProperties)
            {
                var owner = schema.Reference?.Id is { } id ? id : "the schema";
                context.Add(context.UndeclaredKind, childPath, childGroup, $"no such property in {owner}", Describe(property.Value, childPath));
            }
        }
    }

    private void WalkArray(OpenApiSchema schema, JsonElement value, string path, string group, Context context, int depth)
    {
        if (schema.Items is not { } items)
        {
            return;
        }

        var index = 0;
        var itemsGroup = JsonPathText.AnyIndex(group);
        foreach (var item in value.EnumerateArray())
        {
            Walk(items, item, JsonPathText.Index(path, index++), itemsGroup, context, depth + 1);
        }
    }

    private void CheckScalar(OpenApiSchema schema, JsonElement value, string path, string group, Context context)
    {
        if (schema.Enum is { Count: > 0 } values)
        {
            var allowed = values.Select(Text).ToList();
            var actual = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            if (!allowed.Contains(actual, StringComparer.Ordinal))
            {
                context.Add(context.Kind, path, group, "one of " + string.Join(", ", allowed), Describe(value, path));
            }

            return;
        }

        var errors = new List<string>(1);
        ValidatorOf(schema).Validate(value, string.Empty, errors);
        if (errors.Count > 0)
        {
            // The compiled validator names the root "body": what follows is the expectation ("must be a UUID").
            var message = errors[0];
            var expected = message.StartsWith(ValidationPath.RootName + " ", StringComparison.Ordinal) ? message[(ValidationPath.RootName.Length + 1)..] : message;
            context.Add(context.Kind, path, group, expected, Describe(value, path));
        }
    }

    private SchemaValidator ValidatorOf(OpenApiSchema schema)
    {
        if (_validators.TryGetValue(schema, out var validator))
        {
            return validator;
        }

        // The compiler is not thread-safe; drift checking is off the sandbox's own hot path, so one lock will do.
        lock (_compileLock)
        {
            return _validators.GetOrAdd(schema, _compiler.Compile);
        }
    }

    /// <summary>How a value is shown in a finding: its JSON type and (for scalars) the value; secrets never.</summary>
    internal static string Describe(JsonElement value, string path)
    {
        if (SecretNames.IsSecret(path))
        {
            return value.ValueKind == JsonValueKind.Null ? "null" : KindName(value.ValueKind) + " [redacted]";
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => "string " + JsonSerializer.Serialize(Cut(value.GetString()!), DriftJsonContext.Default.String),
            JsonValueKind.Number => "number " + value.GetRawText(),
            JsonValueKind.True or JsonValueKind.False => "boolean " + value.GetRawText(),
            JsonValueKind.Null => "null",
            _ => KindName(value.ValueKind),
        };
        return text;
    }

    private static string Cut(string text) => text.Length <= MaxActualChars ? text : text[..MaxActualChars] + "…";

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        _ => "null",
    };

    private static string? TypeOf(OpenApiSchema schema) =>
        schema.Type ?? schema.AllOf?.Select(TypeOf).FirstOrDefault(t => t is not null) ?? (schema.Properties is { Count: > 0 } ? "object" : null);

    private static bool IsNullable(OpenApiSchema schema) => schema.Nullable || (schema.AllOf?.Any(IsNullable) ?? false);

    private static bool HasType(string type, JsonElement value) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && decimal.Truncate(d) == d,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        _ => true,
    };

    private static string Text(IOpenApiAny value) => value switch
    {
        OpenApiString s => s.Value,
        OpenApiInteger i => i.Value.ToString(CultureInfo.InvariantCulture),
        OpenApiLong l => l.Value.ToString(CultureInfo.InvariantCulture),
        OpenApiDouble d => d.Value.ToString(CultureInfo.InvariantCulture),
        OpenApiFloat f => f.Value.ToString(CultureInfo.InvariantCulture),
        OpenApiBoolean b => b.Value ? "true" : "false",
        OpenApiNull => "null",
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Where mismatches of one walk go; one per (kind, path with [*]), so a list of 50 bad items is one finding.</summary>
    private sealed class Context(string kind, string undeclaredKind, List<Mismatch> found)
    {
        private readonly HashSet<(string, string)> _seen = [];

        public string Kind { get; } = kind;

        public string UndeclaredKind { get; } = undeclaredKind;

        public void Add(string kind, string path, string group, string expected, string actual)
        {
            if (_seen.Add((kind, group)))
            {
                found.Add(new Mismatch(kind, path, group, expected, actual));
            }
        }
    }

    /// <summary>An object schema with its allOf parts merged: what it declares and requires.</summary>
    private sealed record ObjectShape(Dictionary<string, OpenApiSchema> Properties, HashSet<string> Required, OpenApiSchema? Additional, bool DeclaresProperties)
    {
        public static ObjectShape Of(OpenApiSchema schema)
        {
            var shape = new ObjectShape(new Dictionary<string, OpenApiSchema>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), null, false);
            return shape.Merge(schema, 0);
        }

        private ObjectShape Merge(OpenApiSchema schema, int depth)
        {
            var shape = this;
            foreach (var (name, property) in schema.Properties ?? new Dictionary<string, OpenApiSchema>())
            {
                Properties.TryAdd(name, property);
            }

            foreach (var name in schema.Required ?? new HashSet<string>())
            {
                Required.Add(name);
            }

            if (schema.AdditionalProperties is { } additional)
            {
                shape = shape with { Additional = additional };
            }

            if (schema.Properties is { Count: > 0 })
            {
                shape = shape with { DeclaresProperties = true };
            }

            foreach (var part in depth < MaxDepth ? schema.AllOf ?? [] : [])
            {
                shape = shape.Merge(part, depth + 1);
            }

            return shape;
        }
    }
}
