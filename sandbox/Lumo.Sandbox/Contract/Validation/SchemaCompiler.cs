using Microsoft.OpenApi.Models;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>
/// Compiles schemas into <see cref="SchemaValidator"/>s, caching by schema instance: a <c>$ref</c> resolved
/// by the reader is the component's own instance, so shared and self-referencing schemas compile once.
/// Not thread-safe; compile at start-up, then share the validators freely.
/// </summary>
internal sealed class SchemaCompiler
{
    private readonly Dictionary<OpenApiSchema, SchemaValidator> _compiled = new(ReferenceEqualityComparer.Instance);

    public SchemaValidator Compile(OpenApiSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (_compiled.TryGetValue(schema, out var existing))
        {
            return existing;
        }

        // An unresolved $ref carries no keywords and would accept anything: fail at start-up instead.
        if (schema.UnresolvedReference)
        {
            throw new InvalidOperationException($"Schema reference '{schema.Reference?.ReferenceV3}' is not resolved.");
        }

        // Registered before its children compile, so a cycle ends at this (not yet initialized) instance.
        var validator = new SchemaValidator();
        _compiled.Add(schema, validator);
        var type = ParseType(schema.Type);
        validator.Initialize(type, schema.Nullable, [.. Rules(schema, type)]);
        return validator;
    }

    private static JsonType ParseType(string? type) => type switch
    {
        "string" => JsonType.String,
        "number" => JsonType.Number,
        "integer" => JsonType.Integer,
        "boolean" => JsonType.Boolean,
        "object" => JsonType.Object,
        "array" => JsonType.Array,
        _ => JsonType.Any,
    };

    private IEnumerable<SchemaRule> Rules(OpenApiSchema schema, JsonType type)
    {
        if (type is JsonType.String or JsonType.Any
            && StringRule.Create(schema.MinLength, schema.MaxLength, schema.Format, schema.Pattern) is { } text)
        {
            yield return text;
        }

        if (type is JsonType.Number or JsonType.Integer or JsonType.Any
            && NumberRule.Create(schema.Minimum, schema.ExclusiveMinimum == true, schema.Maximum, schema.ExclusiveMaximum == true, schema.MultipleOf, schema.Format) is { } number)
        {
            yield return number;
        }

        if (EnumRule.Create(schema.Enum) is { } values)
        {
            yield return values;
        }

        if (type is JsonType.Object or JsonType.Any && ObjectRule(schema) is { } properties)
        {
            yield return properties;
        }

        if (type is JsonType.Array or JsonType.Any && ArrayRule(schema) is { } items)
        {
            yield return items;
        }

        if (schema.AllOf is { Count: > 0 })
        {
            yield return new AllOfRule(CompileAll(schema.AllOf));
        }

        if (schema.AnyOf is { Count: > 0 })
        {
            yield return new AnyOfRule(CompileAll(schema.AnyOf));
        }

        if (schema.OneOf is { Count: > 0 })
        {
            yield return new OneOfRule(CompileAll(schema.OneOf));
        }

        if (schema.Not is not null)
        {
            yield return new NotRule(Compile(schema.Not));
        }
    }

    private ObjectRule? ObjectRule(OpenApiSchema schema)
    {
        var declared = schema.Properties ?? new Dictionary<string, OpenApiSchema>();
        var required = schema.Required ?? new HashSet<string>();
        var additionalAllowed = schema.AdditionalPropertiesAllowed;
        if (declared.Count == 0 && required.Count == 0 && additionalAllowed && schema.AdditionalProperties is null
            && schema.MinProperties is null && schema.MaxProperties is null)
        {
            return null;
        }

        var properties = new List<PropertyRule>(declared.Count + required.Count);
        foreach (var (name, propertySchema) in declared)
        {
            properties.Add(new PropertyRule(name, Compile(propertySchema), required.Contains(name)));
        }

        foreach (var name in required)
        {
            if (!declared.ContainsKey(name))
            {
                properties.Add(new PropertyRule(name, null, required: true));
            }
        }

        var additional = additionalAllowed && schema.AdditionalProperties is { } extra ? Compile(extra) : null;
        return new ObjectRule([.. properties], additionalAllowed, additional, schema.MinProperties, schema.MaxProperties);
    }

    private ArrayRule? ArrayRule(OpenApiSchema schema) =>
        schema.Items is null && schema.MinItems is null && schema.MaxItems is null && schema.UniqueItems != true
            ? null
            : new ArrayRule(schema.Items is null ? null : Compile(schema.Items), schema.MinItems, schema.MaxItems, schema.UniqueItems == true);

    private SchemaValidator[] CompileAll(IList<OpenApiSchema> schemas)
    {
        var validators = new SchemaValidator[schemas.Count];
        for (var i = 0; i < validators.Length; i++)
        {
            validators[i] = Compile(schemas[i]);
        }

        return validators;
    }
}
