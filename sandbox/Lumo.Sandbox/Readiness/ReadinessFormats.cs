using System.Globalization;
using System.Text;
using System.Xml;

namespace Lumo.Sandbox.Readiness;

/// <summary>The report as a markdown checklist (for people) and as JUnit XML (for CI systems' test reports).</summary>
internal static class ReadinessFormats
{
    public static string Markdown(ReadinessReportView report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Integration readiness: {(report.Ready ? "ready" : "not ready")}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Company: {(report.CompanyId?.ToString() ?? "all companies")}; generated at {Time(report.GeneratedAt)} (sandbox time).\n\n");
        text.Append("| | case | what it means | evidence or how to make it happen |\n|---|---|---|---|\n");
        foreach (var c in report.Cases)
        {
            var detail = c.IsObserved ? string.Join("<br>", c.Evidence.Select(Describe)) : c.Hint;
            text.Append(CultureInfo.InvariantCulture, $"| {(c.IsObserved ? "[x]" : "[ ]")} | `{c.Id}` | {Cell(c.Title)} | {Cell(detail)} |\n");
        }

        if (report.Warnings.Count > 0)
        {
            text.Append("\n## Warnings\n\n| warning | what it means | what to do | evidence |\n|---|---|---|---|\n");
            foreach (var w in report.Warnings)
            {
                text.Append(CultureInfo.InvariantCulture, $"| `{w.Id}` | {Cell(w.Title)} | {Cell(w.Hint)} | {Cell(string.Join("<br>", w.Evidence.Select(Describe)))} |\n");
            }
        }

        return text.ToString();
    }

    /// <summary>One testsuite, one testcase per case (a failure when missing), warnings in system-out.</summary>
    public static string JUnit(ReadinessReportView report)
    {
        var missing = report.Cases.Count(c => !c.IsObserved);
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "Lumo integration readiness");
            xml.WriteAttributeString("tests", Count(report.Cases.Count));
            xml.WriteAttributeString("failures", Count(missing));
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", "lumo-readiness");
            xml.WriteAttributeString("tests", Count(report.Cases.Count));
            xml.WriteAttributeString("failures", Count(missing));
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", "0");
            xml.WriteAttributeString("timestamp", report.GeneratedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            xml.WriteStartElement("properties");
            WriteProperty(xml, "companyId", report.CompanyId?.ToString() ?? "all");
            WriteProperty(xml, "ready", report.Ready ? "true" : "false");
            xml.WriteEndElement();
            foreach (var c in report.Cases)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", "lumo.readiness");
                xml.WriteAttributeString("name", c.Id);
                xml.WriteAttributeString("time", "0");
                if (!c.IsObserved)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", $"{c.Id} was not observed: {c.Title}");
                    xml.WriteAttributeString("type", "missing");
                    xml.WriteString(c.Hint);
                    xml.WriteEndElement();
                }
                else
                {
                    xml.WriteElementString("system-out", string.Join('\n', c.Evidence.Select(Describe)));
                }

                xml.WriteEndElement();
            }

            xml.WriteElementString("system-out", Warnings(report));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static string Warnings(ReadinessReportView report) =>
        report.Warnings.Count == 0
            ? "No warnings."
            : string.Join('\n', report.Warnings.Select(w => $"WARNING {w.Id}: {w.Title}. {w.Hint} Evidence: {string.Join("; ", w.Evidence.Select(Describe))}"));

    private static void WriteProperty(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }

    private static string Describe(ReadinessEvidence e) =>
        e.EventId is { } eventId
            ? $"{Time(e.At)} webhook {e.OperationId} {eventId} to {e.Path}: {(e.Status == 0 ? "no answer" : e.Status.ToString(CultureInfo.InvariantCulture))}"
            : $"{Time(e.At)} {e.Method} {e.Path} ({e.OperationId}): {e.Status}";

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
