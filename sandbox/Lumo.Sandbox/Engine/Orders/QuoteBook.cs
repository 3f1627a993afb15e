namespace Lumo.Sandbox.Engine.Orders;

/// <summary>
/// A company's quotes not yet accepted. An expired quote is kept for a day of sandbox time (so accepting it
/// still answers "Quote expired" rather than "not found"), then forgotten; the number kept is capped too.
/// Not thread-safe: used under the company's lock.
/// </summary>
internal sealed class QuoteBook
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);
    private const int Capacity = 100_000;

    private readonly Dictionary<Guid, Quote> _byId = [];
    private readonly Queue<Quote> _byAge = new();

    public int Count => _byId.Count;

    public void Add(Quote quote, DateTimeOffset now)
    {
        Purge(now);
        while (_byId.Count >= Capacity && _byAge.TryDequeue(out var oldest))
        {
            _byId.Remove(oldest.Id);
        }

        _byId.Add(quote.Id, quote);
        _byAge.Enqueue(quote);
    }

    public bool TryGet(Guid id, out Quote quote) => _byId.TryGetValue(id, out quote!);

    /// <summary>An accepted quote lives on as its order.</summary>
    public void Remove(Guid id) => _byId.Remove(id);

    private void Purge(DateTimeOffset now)
    {
        while (_byAge.TryPeek(out var oldest) && (oldest.ExpiresAt + Retention <= now || !_byId.ContainsKey(oldest.Id)))
        {
            _byAge.Dequeue();
            _byId.Remove(oldest.Id);
        }
    }
}
