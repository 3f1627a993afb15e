namespace Lumo.Sandbox.Readiness;

/// <summary>
/// A map that forgets its oldest entries beyond a capacity, so what the report remembers per company stays small
/// however long a company runs. Not thread-safe: used under its company's lock.
/// </summary>
internal sealed class BoundedMap<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _values = [];
    private readonly Queue<TKey> _order = new();

    public int Count => _values.Count;

    public bool TryGetValue(TKey key, out TValue value) => _values.TryGetValue(key, out value!);

    public bool ContainsKey(TKey key) => _values.ContainsKey(key);

    public void Set(TKey key, TValue value)
    {
        if (_values.TryAdd(key, value))
        {
            _order.Enqueue(key);
            while (_values.Count > capacity && _order.TryDequeue(out var oldest))
            {
                _values.Remove(oldest);
            }
        }
        else
        {
            _values[key] = value;
        }
    }

    /// <summary>The value for <paramref name="key"/>, made and added when absent.</summary>
    public TValue GetOrAdd(TKey key, Func<TValue> create)
    {
        if (!_values.TryGetValue(key, out var value))
        {
            value = create();
            Set(key, value);
        }

        return value;
    }

    public bool Remove(TKey key) => _values.Remove(key); // its place in the queue is skipped when it comes up
}
