using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Wire;

/// <summary>Date-times as the real (Node.js) API writes them: UTC, milliseconds, <c>Z</c> — e.g. 2026-01-01T12:00:30.000Z.</summary>
internal sealed class UtcDateTimeConverter : JsonConverter<DateTimeOffset>
{
    private const int Length = 24; // yyyy-MM-ddTHH:mm:ss.fffZ

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    // Written digit by digit as UTF-8: every answer carries a few of these, and a custom format string is parsed
    // again at each call. Sub-millisecond ticks are cut, not rounded, as Date.toISOString() does.
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        var utc = value.UtcDateTime;
        Span<byte> text = stackalloc byte[Length];
        Digits(text[..4], utc.Year);
        text[4] = (byte)'-';
        Digits(text.Slice(5, 2), utc.Month);
        text[7] = (byte)'-';
        Digits(text.Slice(8, 2), utc.Day);
        text[10] = (byte)'T';
        Digits(text.Slice(11, 2), utc.Hour);
        text[13] = (byte)':';
        Digits(text.Slice(14, 2), utc.Minute);
        text[16] = (byte)':';
        Digits(text.Slice(17, 2), utc.Second);
        text[19] = (byte)'.';
        Digits(text.Slice(20, 3), utc.Millisecond);
        text[23] = (byte)'Z';
        writer.WriteStringValue(text);
    }

    private static void Digits(Span<byte> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--)
        {
            into[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
