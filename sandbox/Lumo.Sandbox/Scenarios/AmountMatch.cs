using System.Text.Json.Serialization;
using Lumo.Sandbox.Scenarios.Json;

namespace Lumo.Sandbox.Scenarios;

/// <summary>
/// An inclusive RUB range; an exact amount is the range [amount, amount], written in JSON as a bare number.
/// Decimal comparison ignores scale, so 4001 matches 4001.00.
/// </summary>
[JsonConverter(typeof(AmountMatchConverter))]
internal sealed record AmountMatch(decimal? Min, decimal? Max)
{
    public bool IsExact => Min is not null && Min == Max;

    public static AmountMatch Exactly(decimal amount) => new(amount, amount);

    public bool Matches(decimal amount) => (Min is null || amount >= Min) && (Max is null || amount <= Max);
}
