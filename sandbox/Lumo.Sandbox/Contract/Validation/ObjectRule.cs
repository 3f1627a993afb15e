using System.Globalization;
using System.Text.Json;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>properties, required, additionalProperties, minProperties and maxProperties of an object.</summary>
internal sealed class ObjectRule : SchemaRule
{
    private readonly PropertyRule[] _properties;
    private readonly bool _additionalAllowed;
    private readonly SchemaValidator? _additional;
    private readonly int? _minProperties;
    private readonly int? _maxProperties;
    private readonly string _minMessage;
    private readonly string _maxMessage;

    public ObjectRule(PropertyRule[] properties, bool additionalAllowed, SchemaValidator? additional, int? minProperties, int? maxProperties)
    {
        _properties = properties;
        _additionalAllowed = additionalAllowed;
        _additional = additional;
        _minProperties = minProperties;
        _maxProperties = maxProperties;
        _minMessage = string.Create(CultureInfo.InvariantCulture, $" must contain at least {minProperties} properties");
        _maxMessage = string.Create(CultureInfo.InvariantCulture, $" must contain no more than {maxProperties} properties");
    }

    public override bool Check(JsonElement value, ref ValidationPath path, List<string>? errors)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        // Undeclared properties first, as NestJS's whitelist reports them before the rest.
        var valid = true;
        if (!_additionalAllowed || _additional is not null || _minProperties is not null || _maxProperties is not null)
        {
            valid = CheckUndeclared(value, ref path, errors);
            if (!valid && errors is null)
            {
                return false;
            }
        }

        foreach (var property in _properties)
        {
            if (value.TryGetProperty(property.Utf8Name, out var child))
            {
                if (property.Schema is not null)
                {
                    var mark = path.PushProperty(property.Name);
                    valid &= property.Schema.Check(child, ref path, errors);
                    path.Pop(mark);
                }
            }
            else if (property.Required)
            {
                var mark = path.PushProperty(property.Name);
                errors?.Add(path.Message(" is required"));
                path.Pop(mark);
                valid = false;
            }

            if (!valid && errors is null)
            {
                return false;
            }
        }

        return valid;
    }

    private bool CheckUndeclared(JsonElement value, ref ValidationPath path, List<string>? errors)
    {
        var valid = true;
        var count = 0;
        foreach (var property in value.EnumerateObject())
        {
            count++;
            if (IsDeclared(property))
            {
                continue;
            }

            if (!_additionalAllowed)
            {
                if (errors is null)
                {
                    return false;
                }

                var mark = path.PushProperty(property.Name);
                errors.Add(path.Message("property ", " should not exist"));
                path.Pop(mark);
                valid = false;
            }
            else if (_additional is not null)
            {
                var mark = path.PushProperty(property.Name);
                valid &= _additional.Check(property.Value, ref path, errors);
                path.Pop(mark);
                if (!valid && errors is null)
                {
                    return false;
                }
            }
        }

        if (count < _minProperties)
        {
            errors?.Add(path.Message(_minMessage));
            valid = false;
        }
        else if (count > _maxProperties)
        {
            errors?.Add(path.Message(_maxMessage));
            valid = false;
        }

        return valid;
    }

    // A linear scan over UTF-8 names beats hashing for the handful of properties a schema declares.
    private bool IsDeclared(JsonProperty property)
    {
        foreach (var declared in _properties)
        {
            if (property.NameEquals(declared.Utf8Name))
            {
                return true;
            }
        }

        return false;
    }
}
