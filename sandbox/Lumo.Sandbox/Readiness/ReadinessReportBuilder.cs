namespace Lumo.Sandbox.Readiness;

/// <summary>Turns what the companies showed into the report: every case of the catalogue, the warnings triggered.</summary>
internal static class ReadinessReportBuilder
{
    public static ReadinessReportView Build(Guid? companyId, DateTimeOffset now, IReadOnlyList<CompanyReadiness> companies)
    {
        var cases = new List<ReadinessCaseView>(ReadinessCatalog.Cases.Count);
        foreach (var item in ReadinessCatalog.Cases)
        {
            var evidence = First(companies, (c, id) => c.CaseEvidenceNeedsLock(id), item.Id);
            cases.Add(new ReadinessCaseView(item.Id, item.Title, evidence is null ? ReadinessCaseView.Missing : ReadinessCaseView.Observed, item.Hint, evidence ?? []));
        }

        var warnings = new List<ReadinessWarningView>();
        foreach (var item in ReadinessCatalog.Warnings)
        {
            if (First(companies, (c, id) => c.WarningEvidenceNeedsLock(id), item.Id) is { } evidence)
            {
                warnings.Add(new ReadinessWarningView(item.Id, item.Title, item.Hint, evidence));
            }
        }

        return new ReadinessReportView(companyId, now, cases.TrueForAll(c => c.IsObserved), cases, warnings);
    }

    private static List<ReadinessEvidence>? First(IReadOnlyList<CompanyReadiness> companies, Func<CompanyReadiness, string, IReadOnlyList<ReadinessEvidence>?> find, string id)
    {
        foreach (var company in companies)
        {
            lock (company.Lock)
            {
                if (find(company, id) is { } evidence)
                {
                    return [.. evidence];
                }
            }
        }

        return null;
    }
}
