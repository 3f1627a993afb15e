namespace Lumo.Sandbox.Readiness;

/// <summary>
/// The times of the last few occurrences of one thing (reads of an order, one failing request): tells whether
/// <c>count</c> of them fell within less than <c>span</c> of sandbox time.
/// </summary>
internal sealed class BurstWindow(int count, TimeSpan span)
{
    private readonly Queue<ReadinessEvidence> _recent = new(count);

    /// <summary>Adds one; true when it completes a burst (the <c>count</c> latest are less than <c>span</c> apart).</summary>
    public bool Add(ReadinessEvidence occurrence)
    {
        if (_recent.Count == count)
        {
            _recent.Dequeue();
        }

        _recent.Enqueue(occurrence);
        return _recent.Count == count && occurrence.At - _recent.Peek().At < span;
    }

    /// <summary>The first and the last occurrence of the burst.</summary>
    public IReadOnlyList<ReadinessEvidence> Ends() => [_recent.Peek(), _recent.Last()];
}
