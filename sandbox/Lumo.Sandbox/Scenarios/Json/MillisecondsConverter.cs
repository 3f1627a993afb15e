using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Scenarios.Json;

/// <summary>A fault's delayMs: a whole number of milliseconds (the schema rejects fractions).</summary>
internal sealed class MillisecondsConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimeSpan.FromMilliseconds(reader.GetInt64());

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue((long)value.TotalMilliseconds);
    }
}
