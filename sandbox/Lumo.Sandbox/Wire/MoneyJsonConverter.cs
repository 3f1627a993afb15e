using System.Text.Json;
using System.Text.Json.Serialization;
using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Wire;

/// <summary>
/// Every decimal on the wire is money (USDT, RUB, TRX) or a RUB/USDT rate, written as the API's examples write
/// them: with two decimals (<c>0.00</c>, <c>25.00</c>, <c>52.63</c>), whatever scale the value got from arithmetic,
/// a scenario or a request. A value with more decimals than two (a scenario's base rate may have them) keeps them.
/// </summary>
internal sealed class MoneyJsonConverter : JsonConverter<decimal>
{
    private const decimal TwoDecimals = 0.00m;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        var rounded = Money.Round(value);
        // Adding 0.00m gives a decimal with scale 2 at least; rounding first drops trailing zeros past the second.
        writer.WriteNumberValue(rounded == value ? rounded + TwoDecimals : value);
    }
}
