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

    private sealed record RecordedRequestList(IReadOnlyList<RecordedRequest> Requests);
}
