using System.Text.Json;

namespace Lumo.Sandbox.Samples.Checkout;

/// <summary>The API's error body: <c>{ "statusCode": 409, "message": "Quote expired", "error": "Conflict" }</c>.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Message">A string, or an array of strings for validation errors.</param>
/// <param name="Error">The status's reason phrase.</param>
public sealed record LumoError(int StatusCode, JsonElement Message, string Error)
{
    /// <summary>The message as one line.</summary>
    public string Text => Message.ValueKind == JsonValueKind.Array
        ? string.Join("; ", Message.EnumerateArray().Select(m => m.GetString()))
        : Message.GetString() ?? Error;

    /// <summary>409 "Quote expired": the quote's 30 s are over; prepare a new one.</summary>
    public bool IsQuoteExpired => StatusCode == 409 && Text == "Quote expired";

    /// <summary>400 "Insufficient balance": the company lacks the USDT.</summary>
    public bool IsInsufficientBalance => StatusCode == 400 && Text == "Insufficient balance";
}
