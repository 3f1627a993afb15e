using System.Diagnostics.CodeAnalysis;

namespace Lumo.Sandbox.Engine.Companies;

/// <summary>
/// Which company owns an order, a dispute or a user wallet: the control API addresses them by id alone. A plain
/// dictionary behind one short lock rather than a <see cref="System.Collections.Concurrent.ConcurrentDictionary{TKey, TValue}"/>,
/// which keeps a node object per entry: a sandbox holding a million orders would keep a million nodes alive for an
/// index that only control calls read. Taken inside a company's lock, never the other way round.
/// </summary>
internal sealed class OwnerIndex
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, CompanyState> _owners = [];

    public void Set(Guid id, CompanyState owner)
    {
        lock (_lock)
        {
            _owners[id] = owner;
        }
    }

    public bool TryGet(Guid id, [MaybeNullWhen(false)] out CompanyState owner)
    {
        lock (_lock)
        {
            return _owners.TryGetValue(id, out owner);
        }
    }

    public void Remove(Guid id)
    {
        lock (_lock)
        {
            _owners.Remove(id);
        }
    }
}
