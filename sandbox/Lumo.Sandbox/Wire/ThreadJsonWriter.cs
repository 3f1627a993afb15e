using System.Buffers;
using System.Text.Json;

namespace Lumo.Sandbox.Wire;

/// <summary>
/// One reusable buffer and <see cref="Utf8JsonWriter"/> per thread and per use (<typeparamref name="TUse"/> gives
/// each use its own slot, so request validation and response writing on one thread never evict each other).
/// Writing is synchronous, so a rented writer never crosses an await; one that grew past the keep limit is dropped.
/// </summary>
/// <typeparam name="TUse">A marker type naming the use.</typeparam>
internal sealed class ThreadJsonWriter<TUse>
{
    private const int KeepLimit = 256 * 1024;

    [ThreadStatic]
    private static ThreadJsonWriter<TUse>? _cached;

    private readonly ArrayBufferWriter<byte> _bytes = new(1024);

    private ThreadJsonWriter(JsonWriterOptions settings)
    {
        Settings = settings;
        Writer = new Utf8JsonWriter(_bytes, settings);
    }

    /// <summary>The writer's output settings; a rent with other settings gets a new writer.</summary>
    public JsonWriterOptions Settings { get; }

    public Utf8JsonWriter Writer { get; }

    /// <summary>What was written and flushed so far; valid until the next rent on this thread.</summary>
    public ReadOnlyMemory<byte> Written => _bytes.WrittenMemory;

    /// <summary>This thread's writer (or a new one when it is taken or set up differently), emptied.</summary>
    public static ThreadJsonWriter<TUse> Rent(JsonWriterOptions settings)
    {
        var json = _cached is { } cached && Same(cached.Settings, settings) ? cached : new ThreadJsonWriter<TUse>(settings);
        _cached = null;
        json._bytes.ResetWrittenCount();
        json.Writer.Reset(json._bytes);
        return json;
    }

    public void Return()
    {
        if (_bytes.Capacity <= KeepLimit)
        {
            _cached = this;
        }
    }

    private static bool Same(JsonWriterOptions a, JsonWriterOptions b) =>
        ReferenceEquals(a.Encoder, b.Encoder) && a.Indented == b.Indented && a.IndentCharacter == b.IndentCharacter
        && a.IndentSize == b.IndentSize && a.NewLine == b.NewLine && a.MaxDepth == b.MaxDepth
        && a.SkipValidation == b.SkipValidation;
}
