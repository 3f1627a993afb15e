using Lumo.Sandbox.Engine.Rates;
using Lumo.Sandbox.Http.Pipeline;
using Lumo.Sandbox.Http.Json;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Http.Api;

/// <summary>GET /rates/current: the rate the company's next prepare uses, commission included.</summary>
internal static class RatesApi
{
    public static HandlerRegistry MapRates(this HandlerRegistry handlers) => handlers.Add("getCurrentRate", Current);

    private static IResult Current(OperationRequest r)
    {
        var now = r.Engine.Now;
        var baseRate = r.Engine.Rates.BaseRate(now);
        var bps = r.Company.QrRateOffsetBps;
        var effective = RateBoard.Effective(baseRate, bps);
        var view = new RateView("USDT/RUB", baseRate, effective, effective, bps, r.Engine.Rates.UpdatedAt(now));
        return ApiResults.Ok(view, ApiJsonContext.Default.RateView);
    }
}
