using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace Lumo.Sandbox.Wire;

/// <summary>
/// The JSON the API writes: source-generated metadata (from whichever context a type lives in), with non-ASCII
/// text (Russian merchant names) written as is rather than as \u escapes. HTML-sensitive characters stay escaped.
/// </summary>
internal static class WireJson
{
    /// <summary>Escapes HTML-sensitive characters only; writers that hand-build API JSON use it too.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The wire variant of <paramref name="type"/>, made once per type.</summary>
    public static JsonTypeInfo<T> For<T>(JsonTypeInfo<T> type) => Cache<T>.Info ??= Create(type);

    private static JsonTypeInfo<T> Create<T>(JsonTypeInfo<T> type)
    {
        // A copy of the context's options keeps its resolver, naming and converters; only the encoder differs.
        var options = new JsonSerializerOptions(type.Options) { Encoder = Encoder };
        options.MakeReadOnly();
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }

    private static class Cache<T>
    {
        public static JsonTypeInfo<T>? Info;
    }
}
