using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Engine.Rates;

/// <summary>
/// The USDT/RUB base rate over sandbox time (fixed, or a timed sequence from the scenario) and each company's
/// effective rate: the base rate less its commission <c>qrRateOffsetBps</c>, rounded to 2 decimals.
/// </summary>
internal sealed class RateBoard(decimal initialRate, IReadOnlyList<(TimeSpan After, decimal Rate)> sequence, DateTimeOffset start)
{
    /// <summary>The real platform refreshes the exchange rate about every 15 s; updatedAt follows that rhythm.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(15);

    public decimal BaseRate(DateTimeOffset now)
    {
        var elapsed = now - start;
        var rate = initialRate;
        foreach (var (after, stepRate) in sequence)
        {
            if (elapsed < after)
            {
                break;
            }

            rate = stepRate;
        }

        return rate;
    }

    public static decimal Effective(decimal baseRate, int qrRateOffsetBps) =>
        Money.Round(baseRate * (10_000 - qrRateOffsetBps) / 10_000);

    public DateTimeOffset UpdatedAt(DateTimeOffset now)
    {
        var elapsed = now - start;
        if (elapsed < TimeSpan.Zero)
        {
            return start;
        }

        return start + TimeSpan.FromTicks(elapsed.Ticks - (elapsed.Ticks % RefreshInterval.Ticks));
    }
}
