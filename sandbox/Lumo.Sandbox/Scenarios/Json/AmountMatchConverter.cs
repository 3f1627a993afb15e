using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Scenarios.Json;

/// <summary>amountRub is either a bare number (exact) or an object {min?, max?} (inclusive range).</summary>
internal sealed class AmountMatchConverter : JsonConverter<AmountMatch>
{
    public override AmountMatch Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return AmountMatch.Exactly(reader.GetDecimal());
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("amountRub must be a number or an object with min and/or max.");
        }

        decimal? min = null;
        decimal? max = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "min":
                    min = reader.GetDecimal();
                    break;
                case "max":
                    max = reader.GetDecimal();
                    break;
                default:
                    throw new JsonException($"amountRub has an unknown property '{name}'.");
            }
        }

        return new AmountMatch(min, max);
    }

    public override void Write(Utf8JsonWriter writer, AmountMatch value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.IsExact)
        {
            writer.WriteNumberValue(value.Min!.Value);
            return;
        }

        writer.WriteStartObject();
        if (value.Min is decimal min)
        {
            writer.WriteNumber("min", min);
        }

        if (value.Max is decimal max)
        {
            writer.WriteNumber("max", max);
        }

        writer.WriteEndObject();
    }
}
