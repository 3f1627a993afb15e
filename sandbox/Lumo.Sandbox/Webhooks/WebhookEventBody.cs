using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lumo.Sandbox.Engine.Events;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Webhooks;

/// <summary>
/// The request body <c>{id, type, createdAt, data}</c> (schema WebhookEvent), written once per event. <c>data</c>
/// is the view record the engine published, serialized exactly as the API answers it: its source-generated
/// metadata comes from <see cref="ApiJsonContext"/>, which already knows every response shape, and the
/// writer escapes text as <see cref="WireJson"/> does.
/// </summary>
internal static class WebhookEventBody
{
    private static readonly UtcDateTimeConverter Time = new();

    public static byte[] Write(Guid eventId, DomainEvent domainEvent)
    {
        var data = TypeInfoFor(domainEvent.Data.GetType());
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = WireJson.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("id", eventId);
            writer.WriteString("type", domainEvent.Type);
            writer.WritePropertyName("createdAt");
            Time.Write(writer, domainEvent.CreatedAt, ApiJsonContext.Default.Options);
            writer.WritePropertyName("data");
            JsonSerializer.Serialize(writer, domainEvent.Data, data);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    // A view with no metadata is a programming error: the type is missing from ApiJsonContext.
    private static JsonTypeInfo TypeInfoFor(Type type) =>
        ApiJsonContext.Default.GetTypeInfo(type)
        ?? throw new InvalidOperationException($"No source-generated JSON for {type.Name}: add [JsonSerializable(typeof({type.Name}))] to ApiJsonContext");
}
