namespace Lumo.Sandbox.Drift;

/// <summary>
/// Accumulates checked calls into the drift report: findings merged by (operation, kind, status, path), with a
/// count, first and last seen times and the first example. Bounded: a proxy left running for weeks against an API
/// that drifted everywhere keeps at most <see cref="MaxFindings"/> findings and <see cref="MaxOperations"/> entries.
/// </summary>
internal sealed class DriftLog(string? upstream, TimeProvider time)
{
    public const int MaxFindings = 1_000;
    public const int MaxOperations = 500;

    private readonly Lock _lock = new();
    private readonly Dictionary<(string Method, string Path), OperationTally> _operations = [];
    private DateTimeOffset _since = time.GetUtcNow();
    private long _findings;
    private long _dropped;
    private DriftFailure? _lastFailure;

    public string? Upstream { get; } = upstream;

    /// <summary>Records one answered call and what was wrong with it (nothing, for a conforming call).</summary>
    public void Record(string? operationId, string method, string pathTemplate, int status, IReadOnlyList<Mismatch> mismatches, Func<string> example)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (FindNeedsLock(operationId, method, pathTemplate) is not { } tally)
            {
                _dropped += mismatches.Count;
                return;
            }

            tally.Calls++;
            if (mismatches.Count == 0)
            {
                tally.Conforming++;
                return;
            }

            string? shownExample = null;
            foreach (var mismatch in mismatches)
            {
                var key = (mismatch.Kind, status, mismatch.GroupPath);
                if (tally.Findings.TryGetValue(key, out var finding))
                {
                    finding.Count++;
                    finding.LastSeenAt = now;
                }
                else if (_findings < MaxFindings)
                {
                    _findings++;
                    shownExample ??= example();
                    tally.Findings.Add(key, new FindingTally(mismatch, status, now, shownExample));
                }
                else
                {
                    _dropped++;
                }
            }
        }
    }

    /// <summary>Records a call the upstream did not answer (unreachable: 502, too slow: 504).</summary>
    public void RecordFailure(string? operationId, string method, string pathTemplate, int status, string message)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            _lastFailure = new DriftFailure(now, status, message);
            if (FindNeedsLock(operationId, method, pathTemplate) is { } tally)
            {
                tally.Calls++;
                tally.Failed++;
            }
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _operations.Clear();
            _findings = 0;
            _dropped = 0;
            _lastFailure = null;
            _since = time.GetUtcNow();
        }
    }

    public DriftReport Snapshot()
    {
        lock (_lock)
        {
            var operations = _operations.Values
                .OrderBy(o => o.OperationId is null)
                .ThenBy(o => o.PathTemplate, StringComparer.Ordinal)
                .ThenBy(o => o.Method, StringComparer.Ordinal)
                .Select(o => new DriftOperation(o.OperationId, o.Method, o.PathTemplate, o.Calls, o.Conforming, o.Failed, [.. o.Findings.Values.Select(f => f.ToFinding())]))
                .ToList();
            return new DriftReport(
                Upstream,
                _since,
                operations.Sum(o => o.Calls),
                operations.Sum(o => o.Conforming),
                operations.Sum(o => o.Failed),
                _dropped,
                _lastFailure,
                operations);
        }
    }

    private OperationTally? FindNeedsLock(string? operationId, string method, string pathTemplate)
    {
        var key = (method, pathTemplate);
        if (!_operations.TryGetValue(key, out var tally))
        {
            if (_operations.Count >= MaxOperations)
            {
                return null;
            }

            tally = new OperationTally(operationId, method, pathTemplate);
            _operations.Add(key, tally);
        }

        return tally;
    }

    private sealed class OperationTally(string? operationId, string method, string pathTemplate)
    {
        public string? OperationId { get; } = operationId;

        public string Method { get; } = method;

        public string PathTemplate { get; } = pathTemplate;

        public long Calls { get; set; }

        public long Conforming { get; set; }

        public long Failed { get; set; }

        public Dictionary<(string Kind, int Status, string Path), FindingTally> Findings { get; } = [];
    }

    private sealed class FindingTally(Mismatch mismatch, int status, DateTimeOffset firstSeenAt, string example)
    {
        public long Count { get; set; } = 1;

        public DateTimeOffset LastSeenAt { get; set; } = firstSeenAt;

        public DateTimeOffset FirstSeenAt { get; } = firstSeenAt;

        public DriftFinding ToFinding() =>
            new(mismatch.Kind, status, mismatch.Path, mismatch.Expected, mismatch.Actual, Count, FirstSeenAt, LastSeenAt, example);
    }
}
