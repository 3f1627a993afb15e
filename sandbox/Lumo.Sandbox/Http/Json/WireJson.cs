using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace Lumo.Sandbox.Http.Json;

/// <summary>
/// The JSON the API writes: the source-generated metadata of <see cref="SandboxJsonContext"/>, with non-ASCII
/// text (Russian merchant names) written as is rather than as \u escapes. HTML-sensitive characters stay escaped.
/// </summary>
internal static class WireJson
{
    private static readonly SandboxJsonContext Context = new(new JsonSerializerOptions(SandboxJsonContext.Default.Options)
    {
        TypeInfoResolver = null,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    /// <summary>The wire metadata for <typeparamref name="T"/>, looked up once per type.</summary>
    public static JsonTypeInfo<T> For<T>() => Cache<T>.Info;

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Cache<T>.Info);

    private static class Cache<T>
    {
        public static readonly JsonTypeInfo<T> Info = Context.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not in SandboxJsonContext: add [JsonSerializable(typeof({typeof(T).Name}))]");
    }
}
