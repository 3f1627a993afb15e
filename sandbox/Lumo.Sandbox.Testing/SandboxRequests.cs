namespace Lumo.Sandbox.Testing;

/// <summary>The sandbox's request journal: what your code actually sent.</summary>
public sealed class SandboxRequests
{
    private readonly ControlApiClient _control;

    internal SandboxRequests(ControlApiClient control) => _control = control;

    /// <summary>Recorded requests, newest first; <paramref name="path"/> is exact or a pattern with <c>*</c>.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> FindAsync(string? method = null, string? path = null, int limit = 100, CancellationToken cancellation = default)
    {
        var query = $"_sandbox/requests?limit={limit}";
        if (method is not null)
        {
            query += "&method=" + Uri.EscapeDataString(method);
        }

        if (path is not null)
        {
            query += "&path=" + Uri.EscapeDataString(path);
        }

        var list = await _control.GetAsync<RecordedRequestList>(query, cancellation);
        return list.Requests;
    }

    private sealed record RecordedRequestList(IReadOnlyList<RecordedRequest> Requests);
}
