using Lumo.Sandbox.Load.Baseline;

// The same shape of work as the sandbox's answers, with none of its behaviour: routes, JSON in and out.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, BaselineJson.Default));
var app = builder.Build();

var created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
Order OrderOf(Guid id) => new(id, 52.63m, 5000.00m, "in_progress", created.AddMinutes(5), "OOO Romashka Trade", "load-1", null, null, created);

app.MapGet("/_sandbox/health", () => TypedResults.Json(new Health("ok"), BaselineJson.Default.Health));
app.MapGet("/orders/{id:guid}", (Guid id) => TypedResults.Json(OrderOf(id), BaselineJson.Default.Order));
app.MapGet("/orders", (string? status, int? limit) =>
{
    var orders = new Order[Math.Clamp(limit ?? 20, 1, 100)];
    for (var i = 0; i < orders.Length; i++)
    {
        orders[i] = OrderOf(Guid.NewGuid());
    }

    return TypedResults.Json(new OrderList(orders, 1_000_000), BaselineJson.Default.OrderList);
});
app.MapPost("/orders/prepare", (PrepareBody body) =>
    TypedResults.Json(new Quote(Guid.NewGuid(), 5000.00m, 52.63m, 95.00m, created.AddSeconds(30), true, "OOO Romashka Trade"), BaselineJson.Default.Quote, statusCode: 201));
app.MapPost("/orders/accept/{id:guid}", (Guid id) => TypedResults.Json(OrderOf(id), BaselineJson.Default.Order, statusCode: 201));

await app.RunAsync();
