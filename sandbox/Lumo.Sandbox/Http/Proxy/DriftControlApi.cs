using Lumo.Sandbox.Drift;
using Lumo.Sandbox.Http.Pipeline;

namespace Lumo.Sandbox.Http.Proxy;

/// <summary>GET and DELETE /_sandbox/drift: the proxy's drift report, as JSON or as a Markdown table.</summary>
internal static class DriftControlApi
{
    public static HandlerRegistry MapDriftControl(this HandlerRegistry handlers) => handlers
        .Add("getSandboxDrift", GetDrift)
        .Add("clearSandboxDrift", ClearDrift);

    private static ValueTask<IResult> GetDrift(OperationRequest r)
    {
        var report = r.Service<DriftLog>().Snapshot();
        IResult result = r.Query("format") == "markdown"
            ? Results.Text(DriftMarkdown.Render(report), "text/markdown; charset=utf-8", statusCode: StatusCodes.Status200OK)
            : Results.Json(report, DriftJsonContext.Default.DriftReport, statusCode: StatusCodes.Status200OK);
        return ValueTask.FromResult(result);
    }

    private static ValueTask<IResult> ClearDrift(OperationRequest r)
    {
        r.Service<DriftLog>().Clear();
        return ValueTask.FromResult<IResult>(TypedResults.NoContent());
    }
}
