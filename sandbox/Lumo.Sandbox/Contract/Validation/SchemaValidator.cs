using System.Text.Json;
using Microsoft.OpenApi.Models;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>
/// A schema compiled once into type/nullable checks plus a few <see cref="SchemaRule"/>s; validating
/// walks the JSON once, uses no reflection and allocates only the messages it writes.
/// </summary>
internal sealed class SchemaValidator
{
    private JsonType _type;
    private bool _nullable;
    private string _typeMessage = string.Empty;
    private SchemaRule[] _rules = [];

    // Created empty and filled by the compiler, so that a schema referring to itself refers to this instance.
    internal SchemaValidator()
    {
    }

    /// <summary>Compiles a schema; use one <see cref="SchemaCompiler"/> to share component schemas across calls.</summary>
    public static SchemaValidator Compile(OpenApiSchema schema) => new SchemaCompiler().Compile(schema);

    /// <summary>
    /// Appends one message per problem to <paramref name="errors"/>. <paramref name="path"/> names the value
    /// in messages ("qrCode", "company.email"); empty means the request body, named "body".
    /// </summary>
    public void Validate(JsonElement value, string path, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(errors);
        var validationPath = new ValidationPath(path);
        try
        {
            Check(value, ref validationPath, errors);
        }
        finally
        {
            validationPath.Dispose();
        }
    }

    /// <summary>Whether the value is valid, stopping at the first problem and writing no message.</summary>
    public bool IsValid(JsonElement value)
    {
        var validationPath = new ValidationPath(string.Empty);
        try
        {
            return Check(value, ref validationPath, null);
        }
        finally
        {
            validationPath.Dispose();
        }
    }

    /// <summary>The schema's type (Any when it names none).</summary>
    internal JsonType Type => _type;

    /// <summary>The compiled keyword groups, in the order they are checked.</summary>
    internal IReadOnlyList<SchemaRule> Rules => _rules;

    internal void Initialize(JsonType type, bool nullable, SchemaRule[] rules)
    {
        _type = type;
        _nullable = nullable;
        _typeMessage = TypeMessage(type);
        _rules = rules;
    }

    /// <summary>Whether the schema names a type that a value of this kind has (used to explain failed alternatives).</summary>
    internal bool DeclaresTypeOf(JsonValueKind kind) => _type switch
    {
        JsonType.String => kind == JsonValueKind.String,
        JsonType.Number or JsonType.Integer => kind == JsonValueKind.Number,
        JsonType.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
        JsonType.Object => kind == JsonValueKind.Object,
        JsonType.Array => kind == JsonValueKind.Array,
        _ => false,
    };

    internal bool Check(JsonElement value, ref ValidationPath path, List<string>? errors)
    {
        if (!path.TryEnter())
        {
            path.Exit();
            errors?.Add(path.Message(" is nested too deeply"));
            return false;
        }

        try
        {
            return CheckCore(value, ref path, errors);
        }
        finally
        {
            path.Exit();
        }
    }

    private bool CheckCore(JsonElement value, ref ValidationPath path, List<string>? errors)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (_nullable)
            {
                return true;
            }

            // OpenAPI 3.0: without a type, null is as good as any value.
            if (_type != JsonType.Any)
            {
                errors?.Add(path.Message(" must not be null"));
                return false;
            }
        }
        else if (!HasType(value))
        {
            errors?.Add(path.Message(_typeMessage));
            return false;
        }

        var valid = true;
        foreach (var rule in _rules)
        {
            valid &= rule.Check(value, ref path, errors);
            if (!valid && errors is null)
            {
                return false;
            }
        }

        return valid;
    }

    private bool HasType(JsonElement value) => _type switch
    {
        JsonType.String => value.ValueKind == JsonValueKind.String,
        JsonType.Number => value.ValueKind == JsonValueKind.Number,
        JsonType.Integer => value.ValueKind == JsonValueKind.Number && JsonNumbers.IsInteger(value),
        JsonType.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        JsonType.Object => value.ValueKind == JsonValueKind.Object,
        JsonType.Array => value.ValueKind == JsonValueKind.Array,
        _ => true,
    };

    /// <summary>The message suffix for a value that is not of <paramref name="type"/>.</summary>
    internal static string TypeMessage(JsonType type) => type switch
    {
        JsonType.String => " must be a string",
        JsonType.Number => " must be a number",
        JsonType.Integer => " must be an integer number",
        JsonType.Boolean => " must be a boolean value",
        JsonType.Object => " must be an object",
        JsonType.Array => " must be an array",
        _ => string.Empty,
    };
}
