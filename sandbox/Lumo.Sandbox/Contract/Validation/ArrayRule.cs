using System.Globalization;
using System.Text.Json;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>items, minItems, maxItems and uniqueItems of an array.</summary>
internal sealed class ArrayRule : SchemaRule
{
    private readonly SchemaValidator? _items;
    private readonly int? _minItems;
    private readonly int? _maxItems;
    private readonly bool _uniqueItems;
    private readonly string _minMessage;
    private readonly string _maxMessage;

    public ArrayRule(SchemaValidator? items, int? minItems, int? maxItems, bool uniqueItems)
    {
        _items = items;
        _minItems = minItems;
        _maxItems = maxItems;
        _uniqueItems = uniqueItems;
        _minMessage = string.Create(CultureInfo.InvariantCulture, $" must contain at least {minItems} elements");
        _maxMessage = string.Create(CultureInfo.InvariantCulture, $" must contain no more than {maxItems} elements");
    }

    public override bool Check(JsonElement value, ref ValidationPath path, List<string>? errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var valid = true;
        var length = value.GetArrayLength();
        if (length < _minItems)
        {
            valid = Fail(ref path, errors, _minMessage);
        }
        else if (length > _maxItems)
        {
            valid = Fail(ref path, errors, _maxMessage);
        }

        if (_uniqueItems && length > 1 && (valid || errors is not null) && HasDuplicates(value))
        {
            errors?.Add(path.Message("All ", "'s elements must be unique"));
            valid = false;
        }

        if (_items is not null && (valid || errors is not null))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                var mark = path.PushIndex(index++);
                valid &= _items.Check(item, ref path, errors);
                path.Pop(mark);
                if (!valid && errors is null)
                {
                    return false;
                }
            }
        }

        return valid;
    }

    private static bool Fail(ref ValidationPath path, List<string>? errors, string message)
    {
        errors?.Add(path.Message(message));
        return false;
    }

    // Pairwise with enumerators: indexing a JsonElement array is not O(1) when items are objects.
    private static bool HasDuplicates(JsonElement array)
    {
        var outer = 0;
        foreach (var left in array.EnumerateArray())
        {
            var inner = 0;
            foreach (var right in array.EnumerateArray())
            {
                if (inner++ > outer && JsonElement.DeepEquals(left, right))
                {
                    return true;
                }
            }

            outer++;
        }

        return false;
    }
}
