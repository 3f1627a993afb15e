namespace Lumo.Sandbox.Scenarios;

/// <summary>The base USDT/RUB rate, before a company's qrRateOffsetBps.</summary>
internal sealed record ScenarioRate
{
    public const decimal DefaultUsdtRub = 95.00m;

    /// <summary>RUB per USDT at the clock start.</summary>
    public decimal UsdtRub { get; init; } = DefaultUsdtRub;

    /// <summary>Later base rates, strictly increasing by <see cref="RateStep.After"/> (the loader checks it); the engine's RateBoard applies them.</summary>
    public IReadOnlyList<RateStep> Sequence
    {
        get;
        init => field = ValueList<RateStep>.From(value);
    } = ValueList<RateStep>.Empty;
}
