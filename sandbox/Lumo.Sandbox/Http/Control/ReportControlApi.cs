using Lumo.Sandbox.Http.Errors;
using Lumo.Sandbox.Http.Json;
using Lumo.Sandbox.Http.Pipeline;
using Lumo.Sandbox.Readiness;

namespace Lumo.Sandbox.Http.Control;

/// <summary>GET /_sandbox/report: which cases the integration has shown it handles, as JSON, markdown or JUnit XML.</summary>
internal static class ReportControlApi
{
    public static HandlerRegistry MapSandboxReport(this HandlerRegistry handlers) => handlers
        .Add("getSandboxReport", GetReport);

    private static async ValueTask<IResult> GetReport(OperationRequest r)
    {
        var companyId = r.QueryGuid("companyId");
        if (companyId is { } id && r.Engine.Companies.FindById(id) is null)
        {
            throw new ApiException(StatusCodes.Status404NotFound, "Company not found");
        }

        // Webhook attempts in flight finish first, so the report includes what the receiver just answered.
        await r.Engine.Events.SettleAsync();
        var report = r.Service<ReadinessObserver>().Report(companyId);
        return r.Query("format") switch
        {
            "markdown" => Results.Text(ReadinessFormats.Markdown(report), "text/markdown; charset=utf-8"),
            "junit" => Results.Text(ReadinessFormats.JUnit(report), "application/xml; charset=utf-8"),
            _ => ApiResults.Ok(report, ReadinessJsonContext.Default.ReadinessReportView),
        };
    }
}
