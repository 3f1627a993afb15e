using System.Globalization;
using System.Text;

namespace Lumo.Sandbox.Drift;

/// <summary>The drift report as a Markdown table (GET /_sandbox/drift?format=markdown, drift --format markdown).</summary>
internal static class DriftMarkdown
{
    public static string Render(DriftReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Drift report\n\nUpstream: {report.Upstream ?? "none (the sandbox is not proxying)"}  \n");
        text.Append(CultureInfo.InvariantCulture, $"Since: {report.Since:yyyy-MM-ddTHH:mm:ssZ}  \n");
        text.Append(CultureInfo.InvariantCulture, $"Calls: {report.Calls}, conforming: {report.Conforming}, upstream failures: {report.Failed}, findings: {report.FindingCount}");
        if (report.FindingsDropped > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" (and {report.FindingsDropped} not kept: the report is full)");
        }

        text.Append('\n');
        if (report.LastFailure is { } failure)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nLast upstream failure ({failure.At:yyyy-MM-ddTHH:mm:ssZ}, {failure.Status}): {Cell(failure.Message)}\n");
        }

        if (report.FindingCount == 0)
        {
            text.Append("\nNo drift: every checked call matched the document.\n");
            return text.ToString();
        }

        text.Append("\n| operation | kind | status | path | expected | actual | count | last seen |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var operation in report.Operations)
        {
            var name = operation.OperationId is { } id ? $"`{id}` {operation.Method} {operation.PathTemplate}" : $"{operation.Method} {operation.PathTemplate}";
            foreach (var finding in operation.Findings)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {Cell(name)} | {finding.Kind} | {finding.Status} | `{Cell(finding.Path)}` | {Cell(finding.Expected)} | {Cell(finding.Actual)} | {finding.Count} | {finding.LastSeenAt:yyyy-MM-ddTHH:mm:ssZ} |\n");
            }
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
