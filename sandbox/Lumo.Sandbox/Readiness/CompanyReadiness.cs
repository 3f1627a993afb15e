namespace Lumo.Sandbox.Readiness;

/// <summary>
/// What one company's client has shown so far: the cases and warnings it triggered, each with its evidence, and
/// the little each pending case needs to complete (a failed accept's key, an expired quote's order id, a
/// failed webhook event). Every collection is bounded, so a long run does not grow. Read and changed under
/// <see cref="Lock"/>.
/// </summary>
internal sealed class CompanyReadiness
{
    /// <summary>Entries kept per pending-case collection.</summary>
    public const int PendingCapacity = 256;

    /// <summary>Evidence kept per case or warning.</summary>
    public const int EvidenceCapacity = 5;

    public static readonly TimeSpan BurstSpan = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, List<ReadinessEvidence>> _cases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ReadinessEvidence>> _warnings = new(StringComparer.Ordinal);

    public Lock Lock { get; } = new();

    /// <summary>Quote id → the externalOrderId it was prepared for.</summary>
    internal BoundedMap<string, string> PreparedQuotes { get; } = new(PendingCapacity);

    /// <summary>externalOrderId → the 409 that said its quote expired.</summary>
    internal BoundedMap<string, ReadinessEvidence> ExpiredOrders { get; } = new(PendingCapacity);

    /// <summary>Idempotency-Key → the accept whose answer the client did not get (5xx or none).</summary>
    internal BoundedMap<string, ReadinessEvidence> UnansweredAccepts { get; } = new(PendingCapacity);

    /// <summary>operationId → its latest 503 or 429.</summary>
    internal BoundedMap<string, ReadinessEvidence> Unavailable { get; } = new(PendingCapacity);

    /// <summary>Event id → the first failed attempt at it.</summary>
    internal BoundedMap<Guid, ReadinessEvidence> FailedEvents { get; } = new(PendingCapacity);

    /// <summary>Event id → its first acknowledged delivery.</summary>
    internal BoundedMap<Guid, ReadinessEvidence> AcknowledgedEvents { get; } = new(PendingCapacity);

    /// <summary>Order id → its latest reads (polling-too-fast).</summary>
    internal BoundedMap<string, BurstWindow> OrderReads { get; } = new(PendingCapacity);

    /// <summary>Method, path and query → its latest failures (retry-storm).</summary>
    internal BoundedMap<string, BurstWindow> Failures { get; } = new(PendingCapacity);

    /// <summary>The key rotation (login or regenerate-key) not yet followed by a call with the new key.</summary>
    internal ReadinessEvidence? PendingRotation { get; set; }

    public bool HasCase(string id) => _cases.ContainsKey(id);

    /// <summary>Marks a case observed with its evidence; the first observation is the one kept.</summary>
    public void ObserveCaseNeedsLock(string id, params ReadOnlySpan<ReadinessEvidence> evidence) => Mark(_cases, id, evidence);

    public void WarnNeedsLock(string id, params ReadOnlySpan<ReadinessEvidence> evidence) => Mark(_warnings, id, evidence);

    public IReadOnlyList<ReadinessEvidence>? CaseEvidenceNeedsLock(string id) => _cases.GetValueOrDefault(id);

    public IReadOnlyList<ReadinessEvidence>? WarningEvidenceNeedsLock(string id) => _warnings.GetValueOrDefault(id);

    private static void Mark(Dictionary<string, List<ReadinessEvidence>> marks, string id, ReadOnlySpan<ReadinessEvidence> evidence)
    {
        if (marks.ContainsKey(id))
        {
            return;
        }

        var kept = new List<ReadinessEvidence>(Math.Min(evidence.Length, EvidenceCapacity));
        foreach (var item in evidence[..Math.Min(evidence.Length, EvidenceCapacity)])
        {
            kept.Add(item);
        }

        marks[id] = kept;
    }

    internal static BurstWindow NewReadWindow() => new(6, BurstSpan);

    internal static BurstWindow NewFailureWindow() => new(11, BurstSpan);
}
