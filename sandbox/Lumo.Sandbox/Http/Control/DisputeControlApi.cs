using Lumo.Sandbox.Engine.Disputes;
using Lumo.Sandbox.Engine.Support;
using Lumo.Sandbox.Http.Json;
using Lumo.Sandbox.Http.Pipeline;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Http.Control;

/// <summary>The control API's staff desk for disputes: list across companies, review, resolve, reject.</summary>
internal static class DisputeControlApi
{
    public static HandlerRegistry MapDisputeControl(this HandlerRegistry handlers) => handlers
        .Add("listSandboxDisputes", List)
        .Add("reviewSandboxDispute", Review)
        .Add("resolveSandboxDispute", Resolve)
        .Add("rejectSandboxDispute", Reject);

    private static IResult List(OperationRequest r)
    {
        var found = r.Engine.Disputes.Recent(r.QueryGuid("companyId"), WireNames.Parse<DisputeStatus>(r.Query("status")), r.QueryInt("limit"));
        return ApiResults.Ok(new SandboxDisputeList(found), ControlJsonContext.Default.SandboxDisputeList);
    }

    private static IResult Review(OperationRequest r) =>
        ApiResults.Ok(r.Engine.Disputes.Review(r.RouteId()), ApiJsonContext.Default.DisputeView);

    private static IResult Resolve(OperationRequest r)
    {
        var decision = new DisputeDecision
        {
            Resolution = WireNames.Parse<DisputeResolution>(r.BodyString("resolution")),
            RefundAmount = r.BodyDecimal("refundAmount"),
            AdminComment = r.BodyString("adminComment"),
            ResolvedBy = r.BodyString("resolvedBy"),
        };
        return ApiResults.Ok(r.Engine.Disputes.Resolve(r.RouteId(), decision), ApiJsonContext.Default.DisputeView);
    }

    private static IResult Reject(OperationRequest r)
    {
        var decision = new DisputeDecision { AdminComment = r.BodyString("adminComment"), ResolvedBy = r.BodyString("resolvedBy") };
        return ApiResults.Ok(r.Engine.Disputes.Reject(r.RouteId(), decision), ApiJsonContext.Default.DisputeView);
    }
}
