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

    private JsonBodyBuffer(JsonWriterOptions settings)
    {
        Settings = settings;
        Writer = new Utf8JsonWriter(_bytes, settings);
    }

    /// <summary>The writer's output settings; every wire type shares them (each has its own options object).</summary>
    public JsonWriterOptions Settings { get; }

    public Utf8JsonWriter Writer { get; }

    public ReadOnlyMemory<byte> Written => _bytes.WrittenMemory;

    public static JsonBodyBuffer Rent(JsonSerializerOptions options)
    {
        // A caller-supplied writer is not configured by the serializer's options: it takes their output settings here.
        var settings = new JsonWriterOptions
        {
            Encoder = options.Encoder,
            Indented = options.WriteIndented,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
            MaxDepth = options.MaxDepth,
        };
        var buffer = _cached is { } cached && Same(cached.Settings, settings) ? cached : new JsonBodyBuffer(settings);
        _cached = null;
        buffer._bytes.ResetWrittenCount();
        buffer.Writer.Reset(buffer._bytes);
        return buffer;
    }

    private static bool Same(JsonWriterOptions a, JsonWriterOptions b) =>
        ReferenceEquals(a.Encoder, b.Encoder) && a.Indented == b.Indented && a.IndentCharacter == b.IndentCharacter
        && a.IndentSize == b.IndentSize && a.NewLine == b.NewLine && a.MaxDepth == b.MaxDepth;

    public void Return()
    {
        if (_bytes.Capacity <= KeepLimit)
        {
            _cached = this;
        }
    }
}
