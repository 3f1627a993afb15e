namespace Lumo.Sandbox.Engine.Rates;

/// <summary>GET /rates/current: the rate the company's next prepare uses.</summary>
internal sealed record RateView(
    string CurrencyPair,
    decimal BaseRate,
    decimal Rate,
    decimal EffectiveRate,
    int QrRateOffsetBps,
    DateTimeOffset UpdatedAt);
