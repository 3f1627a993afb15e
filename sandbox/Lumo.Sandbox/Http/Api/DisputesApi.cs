using Lumo.Sandbox.Engine.Disputes;
using Lumo.Sandbox.Engine.Support;
using Lumo.Sandbox.Http.Json;
using Lumo.Sandbox.Http.Pipeline;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Http.Api;

/// <summary>Disputes: open one on a finished order (or get its open one), list and get.</summary>
internal static class DisputesApi
{
    public static HandlerRegistry MapDisputes(this HandlerRegistry handlers) => handlers
        .Add("createDispute", Create)
        .Add("listDisputes", List)
        .Add("getDispute", Get);

    private static IResult Create(OperationRequest r) =>
        ApiResults.Created(r.Engine.Disputes.Create(r.Company, r.RouteId(), r.BodyString("reason")!), ApiJsonContext.Default.DisputeView);

    private static IResult List(OperationRequest r)
    {
        var page = r.Engine.Disputes.List(r.Company, WireNames.Parse<DisputeStatus>(r.Query("status")), r.QueryInt("offset"), r.QueryInt("limit"));
        return ApiResults.Ok(page, ApiJsonContext.Default.DisputeListView);
    }

    private static IResult Get(OperationRequest r) =>
        ApiResults.Ok(r.Engine.Disputes.Get(r.Company, r.RouteId()), ApiJsonContext.Default.DisputeView);
}
