using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Wire;

/// <summary>Date-times as the real (Node.js) API writes them: UTC, milliseconds, <c>Z</c> — e.g. 2026-01-01T12:00:30.000Z.</summary>
internal sealed class UtcDateTimeConverter : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[24];
        value.UtcDateTime.TryFormat(buffer, out var written, Format, CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }
}
