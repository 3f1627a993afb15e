using System.Text.Json;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Http.Json;

/// <summary>The per-thread writer <see cref="JsonBodyResult{T}"/> serializes answers into, and how it sends them.</summary>
internal static class JsonBodyBuffer
{
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>Bodies larger than this are flushed at once rather than with the end of the request.</summary>
    public const int FlushThreshold = 64 * 1024;

    public static ThreadJsonWriter<ResponseBodies> Rent(JsonSerializerOptions options) =>
        // A caller-supplied writer is not configured by the serializer's options: it takes their output settings here.
        ThreadJsonWriter<ResponseBodies>.Rent(new JsonWriterOptions
        {
            Encoder = options.Encoder,
            Indented = options.WriteIndented,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
            MaxDepth = options.MaxDepth,
        });

    /// <summary>Names the per-thread slot of response bodies.</summary>
    internal sealed class ResponseBodies;
}
