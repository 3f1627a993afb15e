using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Scenarios.Json;

/// <summary>
/// Scenario durations are JSON numbers of seconds. Decimal arithmetic keeps values such as 0.1 exact to the tick,
/// which double-based TimeSpan.FromSeconds would not.
/// </summary>
internal sealed class SecondsConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var seconds = reader.GetDecimal();
        try
        {
            return TimeSpan.FromTicks(decimal.ToInt64(decimal.Round(seconds * TimeSpan.TicksPerSecond)));
        }
        catch (OverflowException exception)
        {
            throw new JsonException($"{seconds} seconds is too long a duration.", exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue((decimal)value.Ticks / TimeSpan.TicksPerSecond);
    }
}
