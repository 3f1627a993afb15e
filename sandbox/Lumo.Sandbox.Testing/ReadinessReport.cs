namespace Lumo.Sandbox.Testing;

/// <summary>GET /_sandbox/report: every case with its status, and the warnings triggered.</summary>
/// <param name="CompanyId">The company judged; null for all companies together.</param>
/// <param name="GeneratedAt">Sandbox time.</param>
/// <param name="Ready">True when every case is observed.</param>
/// <param name="Cases">Every case of the catalogue.</param>
/// <param name="Warnings">Warnings triggered (none: empty).</param>
public sealed record ReadinessReport(Guid? CompanyId, DateTimeOffset GeneratedAt, bool Ready, IReadOnlyList<ReadinessCase> Cases, IReadOnlyList<ReadinessWarning> Warnings)
{
    /// <summary>The case with this id.</summary>
    /// <exception cref="KeyNotFoundException">No such case.</exception>
    public ReadinessCase Case(string id) => Cases.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"No readiness case {id}");

    /// <summary>True when the warning was triggered.</summary>
    public bool HasWarning(string id) => Warnings.Any(w => w.Id == id);
}

/// <summary>A case: <c>observed</c> (with evidence) or <c>missing</c> (with a hint how to make it happen).</summary>
public sealed record ReadinessCase(string Id, string Title, string Status, string Hint, IReadOnlyList<ReadinessEvidence> Evidence)
{
    /// <summary>Status is <c>observed</c>.</summary>
    public bool IsObserved => Status == "observed";
}

/// <summary>A triggered warning with what to change.</summary>
public sealed record ReadinessWarning(string Id, string Title, string Hint, IReadOnlyList<ReadinessEvidence> Evidence);

/// <summary>A request (or, with <c>EventId</c>, a webhook delivery answered by the receiver) that shows a case or warning.</summary>
public sealed record ReadinessEvidence(DateTimeOffset At, string Method, string Path, string? OperationId, int Status, Guid? CompanyId, Guid? EventId);
