using System.Globalization;
using Lumo.Sandbox.Engine.Orders;

namespace Lumo.Sandbox.Hosting;

/// <summary>
/// The <c>--retention</c> value: <c>off</c> (keep every order), <c>AGE</c> (<c>7d</c>, <c>36h</c>, <c>90m</c>,
/// <c>600s</c>) or <c>AGE,COUNT</c> (<c>7d,100000</c>). A part left out keeps its default.
/// </summary>
internal static class RetentionOption
{
    private const int MaxCount = 100_000_000;
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(3650);

    public static RetentionPolicy? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Trim().Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            return RetentionPolicy.KeepEverything;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length > 2 || !TryAge(parts[0], out var age))
        {
            throw Invalid(text);
        }

        var count = RetentionPolicy.Default.MaxOrdersPerCompany;
        if (parts.Length == 2 && !(int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out count) && count is >= 1 and <= MaxCount))
        {
            throw Invalid(text);
        }

        return new RetentionPolicy(age, count);
    }

    private static bool TryAge(string text, out TimeSpan age)
    {
        age = default;
        if (text.Length < 2 || !long.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount < 1)
        {
            return false;
        }

        var unit = text[^1] switch
        {
            's' => TimeSpan.FromSeconds(1),
            'm' => TimeSpan.FromMinutes(1),
            'h' => TimeSpan.FromHours(1),
            'd' => TimeSpan.FromDays(1),
            _ => TimeSpan.Zero,
        };
        if (unit == TimeSpan.Zero || amount > MaxAge.Ticks / unit.Ticks)
        {
            return false;
        }

        age = unit * amount;
        return true;
    }

    private static SandboxOptionsException Invalid(string text) => new(
        $"--retention must be off, AGE or AGE,COUNT (AGE a whole number with s, m, h or d, up to 3650d; COUNT from 1 to {MaxCount}), for example 7d,100000; not '{text}'");
}
