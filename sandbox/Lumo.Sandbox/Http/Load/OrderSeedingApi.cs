using System.Text.Json;
using Lumo.Sandbox.Engine.Orders;
using Lumo.Sandbox.Engine.Support;
using Lumo.Sandbox.Http.Json;
using Lumo.Sandbox.Http.Pipeline;

namespace Lumo.Sandbox.Http.Load;

/// <summary>POST /_sandbox/orders/seed: bulk order history for load tests (tests/load/run.sh seeds 1 000 000 this way).</summary>
internal static class OrderSeedingApi
{
    public static HandlerRegistry MapOrderSeeding(this HandlerRegistry handlers) => handlers
        .Add("seedSandboxOrders", Seed);

    private static IResult Seed(OperationRequest r)
    {
        var companyId = Guid.Parse(r.BodyString("companyId")!);
        var count = r.BodyInt("count")!.Value;
        var amountRub = Money.Round(r.BodyDecimal("amountRub") ?? 100m);
        var total = new OrderSeeder(r.Engine).Seed(companyId, count, Statuses(r.Body!.Value), amountRub);
        return ApiResults.Created(new SeedOrdersView(companyId, count, total), ControlJsonContext.Default.SeedOrdersView);
    }

    // The document allows only success and failed, so every name converts.
    private static List<OrderStatus> Statuses(JsonElement body)
    {
        if (!body.TryGetProperty("statuses", out var names))
        {
            return [OrderStatus.Success];
        }

        var statuses = new List<OrderStatus>(names.GetArrayLength());
        foreach (var name in names.EnumerateArray())
        {
            statuses.Add(WireNames.Parse<OrderStatus>(name.GetString())!.Value);
        }

        return statuses;
    }
}
