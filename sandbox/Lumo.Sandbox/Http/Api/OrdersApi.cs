using Lumo.Sandbox.Engine.Orders;
using Lumo.Sandbox.Engine.Support;
using Lumo.Sandbox.Http.Pipeline;
using Lumo.Sandbox.Scenarios.Rules;
using Lumo.Sandbox.Http.Json;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Http.Api;

/// <summary>Orders: prepare a quote from a QR code, accept it (Idempotency-Key aware), list and get.</summary>
internal static class OrdersApi
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public static HandlerRegistry MapOrders(this HandlerRegistry handlers) => handlers
        .Add("prepareOrder", Prepare, PrepareFacts, CheckQrCode)
        .Add("acceptOrder", Accept, AcceptFacts)
        .Add("listOrders", List)
        .Add("getOrder", Get);

    private static IResult Prepare(OperationRequest r)
    {
        // The check read the link already: a body the handler sees passed the schema, so qrCode is a link it parsed.
        var qr = r.Checked as NspkQrCode ?? throw new InvalidOperationException("prepareOrder ran without its qrCode check");
        var quote = r.Engine.Orders.Prepare(r.Company, qr, r.BodyString("externalOrderId")!);
        return ApiResults.Created(quote, ApiJsonContext.Default.QuoteView);
    }

    // A qrCode the schema accepts (a string of 1 to 2048 characters) must also be an NSPK link; the schema's own
    // message covers the others, so each problem is named once.
    private static NspkQrCode? CheckQrCode(System.Text.Json.JsonElement body, List<string> errors)
    {
        if (body.TryGetProperty("qrCode", out var value)
            && value.ValueKind == System.Text.Json.JsonValueKind.String
            && value.GetString() is { Length: > 0 and <= 2048 } link)
        {
            if (NspkQrCode.TryParse(link, out var qr, out var error))
            {
                return qr;
            }

            errors.Add(error);
        }

        return null;
    }

    private static IResult Accept(OperationRequest r)
    {
        var result = r.Engine.Orders.Accept(r.Company, r.RouteId(), r.Header(IdempotencyKeyHeader));
        if (result.IsReplay)
        {
            r.Http.Response.Headers[ReplayedHeader] = "true";
        }

        return ApiResults.Created(result.Order, ApiJsonContext.Default.OrderView);
    }

    private static IResult List(OperationRequest r)
    {
        var status = WireNames.Parse<OrderStatus>(r.Query("status"));
        var page = r.Engine.Orders.List(r.Company, status, r.QueryInt("offset"), r.QueryInt("limit"));
        return ApiResults.Ok(page, ApiJsonContext.Default.OrderListView);
    }

    private static IResult Get(OperationRequest r) =>
        ApiResults.Ok(r.Engine.Orders.Get(r.Company, r.RouteId()), ApiJsonContext.Default.OrderView);

    private static RuleFacts? PrepareFacts(OperationRequest r)
    {
        var qr = r.Checked as NspkQrCode;
        return new RuleFacts
        {
            AmountRub = qr?.AmountRub,
            QrId = qr?.Id,
            QrCode = qr?.Link,
            ExternalOrderId = r.BodyString("externalOrderId"),
        };
    }

    private static RuleFacts? AcceptFacts(OperationRequest r) => r.Engine.Orders.FactsForQuote(r.Company, r.RouteId());
}
