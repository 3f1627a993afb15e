using Lumo.Sandbox.Engine.Orders;

namespace Lumo.Sandbox.Engine.Idempotency;

/// <summary>
/// A company's Idempotency-Key answers, forgotten after their time to live and capped in number, so a
/// sandbox left running does not grow. Keys expire in the order they were stored (time only moves forward),
/// so a queue finds the expired ones without scanning. Not thread-safe: used under the company's lock.
/// </summary>
internal sealed class IdempotencyStore(TimeSpan timeToLive, int capacity)
{
    /// <summary>The default number of keys a company keeps before the oldest is forgotten early.</summary>
    public const int DefaultCapacity = 100_000;

    private readonly Dictionary<string, IdempotencyRecord> _records = new(StringComparer.Ordinal);
    private readonly Queue<IdempotencyRecord> _byAge = new();

    public int Count => _records.Count;

    public IdempotencyRecord? Find(string key, DateTimeOffset now)
    {
        Purge(now);
        return _records.GetValueOrDefault(key);
    }

    public void Store(string key, Guid resourceId, OrderView answer, DateTimeOffset now)
    {
        Purge(now);
        while (_records.Count >= capacity && _byAge.TryDequeue(out var oldest))
        {
            _records.Remove(oldest.Key);
        }

        var record = new IdempotencyRecord(key, resourceId, answer, now + timeToLive);
        _records[key] = record;
        _byAge.Enqueue(record);
    }

    private void Purge(DateTimeOffset now)
    {
        while (_byAge.TryPeek(out var oldest) && oldest.ExpiresAt <= now)
        {
            _byAge.Dequeue();
            if (_records.TryGetValue(oldest.Key, out var current) && ReferenceEquals(current, oldest))
            {
                _records.Remove(oldest.Key);
            }
        }
    }
}
