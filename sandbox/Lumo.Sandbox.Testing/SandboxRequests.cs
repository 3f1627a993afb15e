namespace Lumo.Sandbox.Testing;

/// <summary>The sandbox's request journal: what your code actually sent, and what it was answered.</summary>
public sealed class SandboxRequests
{
    private readonly ControlApiClient _control;

    internal SandboxRequests(ControlApiClient control) => _control = control;

    /// <summary>Recorded requests, newest first.</summary>
    /// <param name="method">Only this HTTP method, e.g. <c>POST</c>.</param>
    /// <param name="path">Only this path; exact, or a pattern with <c>*</c> such as <c>/orders/accept/*</c>.</param>
    /// <param name="limit">At most this many (1..10000).</param>
    /// <param name="cancellation">Cancels the call.</param>
    public async Task<IReadOnlyList<RecordedRequest>> FindAsync(string? method = null, string? path = null, int limit = 100, CancellationToken cancellation = default)
    {
        var query = ControlApiClient.WithQuery("_sandbox/requests", ("limit", limit), ("method", method), ("path", path));
        var list = await _control.GetAsync<RecordedRequestList>(query, cancellation).ConfigureAwait(false);
        return list.Requests;
    }

    /// <summary>Recorded requests, newest first, with any of the journal's filters.</summary>
    /// <param name="filter">Which requests (operation, company, method, path, status, since).</param>
    /// <param name="limit">At most this many (1..10000).</param>
    /// <param name="cancellation">Cancels the call.</param>
    public async Task<IReadOnlyList<RecordedRequest>> FindAsync(RequestFilter filter, int limit = 100, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = ControlApiClient.WithQuery(
            "_sandbox/requests",
            ("limit", limit),
            ("method", filter.Method),
            ("path", filter.Path),
            ("operationId", filter.OperationId),
            ("companyId", filter.CompanyId),
            ("status", filter.Status),
            ("since", filter.Since?.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        var list = await _control.GetAsync<RecordedRequestList>(query, cancellation).ConfigureAwait(false);
        return list.Requests;
    }

    /// <summary>
    /// Checks that the operation was called <paramref name="times"/> (for the company, when given), counting only
    /// requests that <paramref name="where"/> accepts. On failure it throws with what was called instead.
    /// </summary>
    /// <param name="operationId">The operation, e.g. <c>acceptOrder</c>.</param>
    /// <param name="times">How many times, e.g. <see cref="Times.Once"/>.</param>
    /// <param name="companyId">Only this company's requests.</param>
    /// <param name="where">Only requests it accepts (headers, query, body, status).</param>
    /// <param name="cancellation">Cancels the call.</param>
    /// <exception cref="SandboxVerificationException">The count does not match.</exception>
    public Task VerifyAsync(string operationId, Times times, Guid? companyId = null, Func<RecordedRequest, bool>? where = null, CancellationToken cancellation = default) =>
        VerifyAsync(new RequestFilter { OperationId = operationId, CompanyId = companyId }, operationId, times, where, cancellation);

    /// <summary>Like the operationId form, by method and path template (<c>/orders/accept/{id}</c>: a <c>{…}</c> segment matches any one segment).</summary>
    /// <param name="method">The HTTP method, e.g. <see cref="HttpMethod.Post"/>.</param>
    /// <param name="pathTemplate">The path, exact or with <c>{name}</c> segments.</param>
    /// <param name="times">How many times.</param>
    /// <param name="companyId">Only this company's requests.</param>
    /// <param name="where">Only requests it accepts.</param>
    /// <param name="cancellation">Cancels the call.</param>
    /// <exception cref="SandboxVerificationException">The count does not match.</exception>
    public Task VerifyAsync(HttpMethod method, string pathTemplate, Times times, Guid? companyId = null, Func<RecordedRequest, bool>? where = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(pathTemplate);
        var template = new PathTemplate(pathTemplate);
        bool Matches(RecordedRequest r) => template.IsMatch(r.Path) && (where is null || where(r));
        return VerifyAsync(new RequestFilter { Method = method.Method, CompanyId = companyId }, $"{method.Method} {pathTemplate}", times, Matches, cancellation);
    }

    private async Task VerifyAsync(RequestFilter filter, string what, Times times, Func<RecordedRequest, bool>? where, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(times);
        var found = await FindAsync(filter, MaxLimit, cancellation).ConfigureAwait(false);
        var count = where is null ? found.Count : found.Count(where);
        if (times.IsSatisfiedBy(count))
        {
            return;
        }

        var recent = await FindAsync(new RequestFilter { CompanyId = filter.CompanyId }, NearMisses, cancellation).ConfigureAwait(false);
        var whose = filter.CompanyId is { } id ? $" for company {id}" : "";
        var lines = recent.Count == 0 ? "  (nothing)" : string.Join('\n', recent.Select(r => "  " + r));
        throw new SandboxVerificationException(
            $"Expected {what}{(where is null ? "" : " (matching the condition)")} to be called {times}{whose}, but it was called {count} time{(count == 1 ? "" : "s")}.\n" +
            $"What was called{whose}, newest first:\n{lines}");
    }

    private const int MaxLimit = 10_000;
    private const int NearMisses = 20;

    private sealed record RecordedRequestList(IReadOnlyList<RecordedRequest> Requests);
}
