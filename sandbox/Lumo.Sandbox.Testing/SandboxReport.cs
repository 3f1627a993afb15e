namespace Lumo.Sandbox.Testing;

/// <summary>
/// The integration readiness report: which cases (a paid order, a rejected payment, a retried accept, …) your
/// client has shown it handles, read from what it sent, what it was answered and which webhooks it acknowledged.
/// </summary>
public sealed class SandboxReport
{
    private readonly ControlApiClient _control;

    internal SandboxReport(ControlApiClient control) => _control = control;

    /// <summary>The report of one company's client, or of all companies together when <paramref name="companyId"/> is null.</summary>
    /// <param name="companyId">The company whose client is judged.</param>
    /// <param name="cancellation">Cancels the call.</param>
    public Task<ReadinessReport> GetAsync(Guid? companyId, CancellationToken cancellation = default) =>
        _control.GetAsync<ReadinessReport>(ControlApiClient.WithQuery("_sandbox/report", ("companyId", companyId)), cancellation);

    /// <summary>The report as text: <c>markdown</c> (a checklist table) or <c>junit</c> (JUnit XML for CI test reports).</summary>
    /// <param name="companyId">The company whose client is judged; null: all companies.</param>
    /// <param name="format"><c>markdown</c> or <c>junit</c>.</param>
    /// <param name="cancellation">Cancels the call.</param>
    public async Task<string> GetTextAsync(Guid? companyId, string format, CancellationToken cancellation = default)
    {
        var path = ControlApiClient.WithQuery("_sandbox/report", ("companyId", companyId), ("format", format));
        using var response = await _control.Http.GetAsync(new Uri(path, UriKind.Relative), cancellation).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false);
        return response.IsSuccessStatusCode
            ? text
            : throw new LumoSandboxException($"GET /_sandbox/report answered {(int)response.StatusCode}: {text}") { StatusCode = (int)response.StatusCode };
    }

    /// <summary>Throws unless every case in <paramref name="caseIds"/> was observed for the company; the message lists the missing ones with how to make them happen.</summary>
    /// <param name="companyId">The company whose client is judged.</param>
    /// <param name="caseIds">Case ids, e.g. <c>payment-timeout</c>; none: every case.</param>
    /// <exception cref="SandboxVerificationException">A case is missing.</exception>
    /// <exception cref="ArgumentException">An id is not a case of the report.</exception>
    public Task AssertObservedAsync(Guid companyId, params string[] caseIds) => AssertObservedAsync(companyId, CancellationToken.None, caseIds);

    /// <summary>Like <see cref="AssertObservedAsync(Guid, string[])"/>, cancellable.</summary>
    /// <param name="companyId">The company whose client is judged.</param>
    /// <param name="cancellation">Cancels the call.</param>
    /// <param name="caseIds">Case ids; none: every case.</param>
    public async Task AssertObservedAsync(Guid companyId, CancellationToken cancellation, params string[] caseIds)
    {
        ArgumentNullException.ThrowIfNull(caseIds);
        var report = await GetAsync(companyId, cancellation).ConfigureAwait(false);
        var unknown = caseIds.Where(id => report.Cases.All(c => c.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Not a readiness case: {string.Join(", ", unknown)}. Cases: {string.Join(", ", report.Cases.Select(c => c.Id))}", nameof(caseIds));
        }

        var wanted = caseIds.Length == 0 ? report.Cases : report.Cases.Where(c => caseIds.Contains(c.Id)).ToList();
        var missing = wanted.Where(c => !c.IsObserved).ToList();
        if (missing.Count > 0)
        {
            throw new SandboxVerificationException(
                $"{missing.Count} of {wanted.Count} readiness case{(wanted.Count == 1 ? "" : "s")} not observed for company {companyId}:\n" +
                string.Join('\n', missing.Select(c => $"  {c.Id}: {c.Title}.\n    How: {c.Hint}")));
        }
    }
}
