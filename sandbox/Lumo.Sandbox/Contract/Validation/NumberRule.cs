using System.Globalization;
using System.Text.Json;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>minimum, maximum (3.0 boolean exclusive flags), multipleOf and the int32/int64 formats of a number.</summary>
internal sealed class NumberRule : SchemaRule
{
    private readonly decimal? _minimum;
    private readonly bool _exclusiveMinimum;
    private readonly string _minimumMessage;
    private readonly decimal? _maximum;
    private readonly bool _exclusiveMaximum;
    private readonly string _maximumMessage;
    private readonly decimal? _multipleOf;
    private readonly string _multipleOfMessage;
    private readonly long _rangeMin;
    private readonly long _rangeMax;
    private readonly string? _rangeMessage;

    private NumberRule(decimal? minimum, bool exclusiveMinimum, decimal? maximum, bool exclusiveMaximum, decimal? multipleOf, string? format)
    {
        _minimum = minimum;
        _exclusiveMinimum = exclusiveMinimum;
        _minimumMessage = exclusiveMinimum ? $" must be greater than {Show(minimum)}" : $" must not be less than {Show(minimum)}";
        _maximum = maximum;
        _exclusiveMaximum = exclusiveMaximum;
        _maximumMessage = exclusiveMaximum ? $" must be less than {Show(maximum)}" : $" must not be greater than {Show(maximum)}";
        _multipleOf = multipleOf;
        _multipleOfMessage = $" must be divisible by {Show(multipleOf)}";
        (_rangeMin, _rangeMax, _rangeMessage) = format switch
        {
            "int32" => (int.MinValue, int.MaxValue, " must be a 32-bit integer"),
            "int64" => (long.MinValue, long.MaxValue, " must be a 64-bit integer"),
            _ => (0L, 0L, (string?)null),
        };
    }

    /// <summary>The rule for the schema's number keywords, or null when it has none.</summary>
    public static NumberRule? Create(decimal? minimum, bool exclusiveMinimum, decimal? maximum, bool exclusiveMaximum, decimal? multipleOf, string? format)
    {
        var ranged = format is "int32" or "int64";
        return minimum is null && maximum is null && multipleOf is null && !ranged
            ? null
            : new NumberRule(minimum, exclusiveMinimum, maximum, exclusiveMaximum, multipleOf is 0m ? null : multipleOf, format);
    }

    public override bool Check(JsonElement value, ref ValidationPath path, List<string>? errors)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return true;
        }

        var valid = true;
        if (_rangeMessage is not null && !JsonNumbers.IsIntegerInRange(value, _rangeMin, _rangeMax))
        {
            // Out of the format's range, the bounds below would only repeat the problem.
            errors?.Add(path.Message(_rangeMessage));
            return false;
        }

        if (_minimum is { } minimum)
        {
            var sign = JsonNumbers.Compare(value, minimum);
            if (sign < 0 || (sign == 0 && _exclusiveMinimum))
            {
                valid = Fail(ref path, errors, _minimumMessage);
            }
        }

        if (_maximum is { } maximum && (valid || errors is not null))
        {
            var sign = JsonNumbers.Compare(value, maximum);
            if (sign > 0 || (sign == 0 && _exclusiveMaximum))
            {
                valid = Fail(ref path, errors, _maximumMessage);
            }
        }

        if (_multipleOf is { } divisor && (valid || errors is not null) && !JsonNumbers.IsMultipleOf(value, divisor))
        {
            valid = Fail(ref path, errors, _multipleOfMessage);
        }

        return valid;
    }

    /// <summary>Whether an integer satisfies every keyword, as <see cref="Check"/> decides for it (see <see cref="ParameterShortcut"/>).</summary>
    public bool Accepts(long value)
    {
        decimal number = value;
        return (_rangeMessage is null || (value >= _rangeMin && value <= _rangeMax))
            && (_minimum is not { } minimum || (_exclusiveMinimum ? number > minimum : number >= minimum))
            && (_maximum is not { } maximum || (_exclusiveMaximum ? number < maximum : number <= maximum))
            && (_multipleOf is not { } divisor || number % divisor == 0m);
    }

    private static bool Fail(ref ValidationPath path, List<string>? errors, string message)
    {
        errors?.Add(path.Message(message));
        return false;
    }

    private static string Show(decimal? number) => number?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
