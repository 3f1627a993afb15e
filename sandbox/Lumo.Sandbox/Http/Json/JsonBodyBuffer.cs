using System.Buffers;
using System.Text.Json;

namespace Lumo.Sandbox.Http.Json;

/// <summary>
/// One reusable buffer and JSON writer per thread for <see cref="JsonBodyResult{T}"/>. Serialization is synchronous,
/// so a rented buffer never crosses an await; one that grew past <see cref="KeepLimit"/> is dropped, not kept.
/// </summary>
internal sealed class JsonBodyBuffer
{
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>Bodies larger than this are flushed at once rather than with the end of the request.</summary>
    public const int FlushThreshold = 64 * 1024;

    private const int KeepLimit = 256 * 1024;

    [ThreadStatic]
    private static JsonBodyBuffer? _cached;

    private readonly ArrayBufferWriter<byte> _bytes = new(4096);

    private JsonBodyBuffer(JsonSerializerOptions options)
    {
        Options = options;
        // The writer takes the serializer's output settings: a caller-supplied writer is not configured by the options.
        Writer = new Utf8JsonWriter(_bytes, new JsonWriterOptions
        {
            Encoder = options.Encoder,
            Indented = options.WriteIndented,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
            MaxDepth = options.MaxDepth,
        });
    }

    public JsonSerializerOptions Options { get; }

    public Utf8JsonWriter Writer { get; }

    public ReadOnlyMemory<byte> Written => _bytes.WrittenMemory;

    public static JsonBodyBuffer Rent(JsonSerializerOptions options)
    {
        var buffer = _cached is { } cached && ReferenceEquals(cached.Options, options) ? cached : new JsonBodyBuffer(options);
        _cached = null;
        buffer._bytes.ResetWrittenCount();
        buffer.Writer.Reset(buffer._bytes);
        return buffer;
    }

    public void Return()
    {
        if (_bytes.Capacity <= KeepLimit)
        {
            _cached = this;
        }
    }
}
