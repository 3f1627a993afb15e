using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Engine.Support;

/// <summary>
/// The API's name of an enum value, taken from its <see cref="JsonStringEnumMemberNameAttribute"/>: the one place
/// an enum's wire names are written, so JSON, query filters and messages always agree.
/// </summary>
internal static class WireNames
{
    /// <summary>The wire name, e.g. <c>in_progress</c> for <c>OrderStatus.InProgress</c>.</summary>
    public static string ToWire<T>(this T value)
        where T : struct, Enum =>
        Names<T>.ByValue.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no wire name for this value");

    /// <summary>The value named <paramref name="wire"/>; null for null or an unknown name (matched exactly).</summary>
    public static T? Parse<T>(string? wire)
        where T : struct, Enum =>
        wire is not null && Names<T>.ByName.TryGetValue(wire, out var value) ? value : null;

    /// <summary>Every wire name of <typeparamref name="T"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => Names<T>.InOrder;

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly IReadOnlyList<string> InOrder;
        public static readonly FrozenDictionary<T, string> ByValue;
        public static readonly FrozenDictionary<string, T> ByName;

        static Names()
        {
            var pairs = typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(field => (Value: (T)field.GetValue(null)!, Name: field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                    ?? throw new InvalidOperationException($"{typeof(T).Name}.{field.Name} needs [JsonStringEnumMemberName]")))
                .ToList();
            InOrder = pairs.Select(p => p.Name).ToArray();
            ByValue = pairs.ToFrozenDictionary(p => p.Value, p => p.Name);
            ByName = pairs.ToFrozenDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        }
    }
}
