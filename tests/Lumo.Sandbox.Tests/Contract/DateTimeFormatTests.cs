using System.Text.Json;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Tests.Contract;

/// <summary>
/// Date-times on the wire read as the real API's (JavaScript's <c>toISOString()</c>): UTC, exactly three decimals,
/// <c>Z</c>; the expected texts are written out by hand.
/// </summary>
public sealed class DateTimeFormatTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new UtcDateTimeConverter() } };

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "2026-01-01T00:00:00.000Z").SetName("Midnight_has_all_its_zeros");
        yield return new TestCaseData(new DateTimeOffset(2026, 12, 31, 23, 59, 59, 999, TimeSpan.Zero), "2026-12-31T23:59:59.999Z").SetName("The_last_millisecond_of_a_year");
        yield return new TestCaseData(new DateTimeOffset(2026, 3, 1, 2, 30, 15, 7, TimeSpan.FromHours(3)), "2026-02-28T23:30:15.007Z").SetName("An_offset_is_converted_to_UTC_across_a_month_end");
        yield return new TestCaseData(new DateTimeOffset(2026, 5, 6, 7, 8, 9, 40, TimeSpan.Zero), "2026-05-06T07:08:09.040Z").SetName("Single_digit_fields_are_padded");
        yield return new TestCaseData(new DateTimeOffset(2026, 5, 6, 7, 8, 9, 999, TimeSpan.Zero).AddTicks(9_999), "2026-05-06T07:08:09.999Z").SetName("Sub_millisecond_ticks_are_cut_not_rounded_into_the_next_second");
        yield return new TestCaseData(new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero), "0001-01-01T00:00:00.000Z").SetName("Year_one_has_four_digits");
        yield return new TestCaseData(DateTimeOffset.MaxValue, "9999-12-31T23:59:59.999Z").SetName("The_largest_value");
    }

    [TestCaseSource(nameof(Cases))]
    public void Written(DateTimeOffset value, string expected)
    {
        Assert.That(JsonSerializer.Serialize(value, Options), Is.EqualTo($"\"{expected}\""));
    }

    [TestCaseSource(nameof(Cases))]
    public void Read_back_to_the_same_millisecond(DateTimeOffset value, string text)
    {
        var read = JsonSerializer.Deserialize<DateTimeOffset>($"\"{text}\"", Options);

        Assert.That(read, Is.EqualTo(new DateTimeOffset(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero)));
        Assert.That(read.Offset, Is.EqualTo(TimeSpan.Zero));
    }
}
