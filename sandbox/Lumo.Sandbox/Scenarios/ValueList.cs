using System.Collections;

namespace Lumo.Sandbox.Scenarios;

/// <summary>
/// An immutable list with value equality. Scenario records hold their lists in it so that two scenarios
/// loaded from the same JSON compare equal (a plain <see cref="List{T}"/> would compare by reference)
/// and so that nobody can cast a scenario's list back to <see cref="List{T}"/> and mutate it.
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    public static ValueList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    /// <summary>Wraps a copy of <paramref name="items"/>; a <see cref="ValueList{T}"/> is returned as is.</summary>
    public static ValueList<T> From(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items is ValueList<T> list)
        {
            return list;
        }

        var array = items.ToArray();
        return array.Length == 0 ? Empty : new ValueList<T>(array);
    }

    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items));

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", _items)}]";
}
