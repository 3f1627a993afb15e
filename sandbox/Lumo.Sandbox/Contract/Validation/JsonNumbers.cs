using System.Text.Json;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>
/// Number comparisons in decimal (exact for money such as multipleOf 0.01), falling back to
/// double for values outside decimal's range.
/// </summary>
internal static class JsonNumbers
{
    /// <summary>An integer is any number without a fractional part (1.0 and 1e2 included).</summary>
    public static bool IsInteger(JsonElement value)
    {
        if (value.TryGetInt64(out _))
        {
            return true;
        }

        if (value.TryGetDecimal(out var exact))
        {
            return exact == decimal.Truncate(exact);
        }

        var approximate = value.GetDouble();
        return double.IsFinite(approximate) && Math.Floor(approximate) == approximate;
    }

    /// <summary>Sign of <c>value - bound</c>.</summary>
    public static int Compare(JsonElement value, decimal bound) =>
        value.TryGetDecimal(out var exact)
            ? exact.CompareTo(bound)
            : value.GetDouble().CompareTo((double)bound);

    public static bool IsMultipleOf(JsonElement value, decimal divisor)
    {
        if (value.TryGetDecimal(out var exact))
        {
            return exact % divisor == 0m;
        }

        var quotient = value.GetDouble() / (double)divisor;
        return double.IsFinite(quotient) && Math.Floor(quotient) == quotient;
    }

    /// <summary>Whether the value is an integer within [min, max].</summary>
    public static bool IsIntegerInRange(JsonElement value, long min, long max) =>
        value.TryGetDecimal(out var exact) && exact == decimal.Truncate(exact) && exact >= min && exact <= max;
}
