using System.Globalization;
using Lumo.Sandbox.Http.Pipeline;
using Lumo.Sandbox.Scenarios.Rules;

namespace Lumo.Sandbox.Http.Journal;

/// <summary>The filters of GET /_sandbox/requests; each one given narrows the list, all must match.</summary>
internal sealed class JournalFilter
{
    public string? Method { get; init; }

    public Glob? Path { get; init; }

    public string? OperationId { get; init; }

    public Guid? CompanyId { get; init; }

    public int? Status { get; init; }

    /// <summary>Only requests at or after this sandbox time.</summary>
    public DateTimeOffset? Since { get; init; }

    public static JournalFilter From(OperationRequest r) => new()
    {
        Method = r.Query("method"),
        Path = r.Query("path") is { } path ? new Glob(path) : null,
        OperationId = r.Query("operationId"),
        CompanyId = r.QueryGuid("companyId"),
        Status = r.Query("status") is { } status ? int.Parse(status, CultureInfo.InvariantCulture) : null,
        Since = r.Query("since") is { } since ? DateTimeOffset.Parse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null,
    };

    public bool Matches(in JournalSlot e, ReadOnlySpan<char> path) =>
        (Method is null || string.Equals(e.Method, Method, StringComparison.OrdinalIgnoreCase))
        && (Path is null || Path.IsMatch(path))
        && (OperationId is null || string.Equals(e.OperationId, OperationId, StringComparison.Ordinal))
        && (CompanyId is null || e.CompanyId == CompanyId)
        && (Status is null || e.Status == Status)
        && (Since is null || e.Time >= Since);
}
