using System.Text.Json;

namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>The API's one error shape: <c>{statusCode, message, error}</c>, statusCode equal to the HTTP status.</summary>
internal static class ErrorShape
{
    /// <summary>Null when <paramref name="body"/> is a well-formed error for <paramref name="status"/>; otherwise what is wrong.</summary>
    public static string? Problem(int status, string body)
    {
        if (status is < 400 or >= 500)
        {
            return $"status {status}: a malformed request must be refused with a 4xx";
        }

        JsonElement json;
        try
        {
            json = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return $"status {status}: the body is not JSON: '{(body.Length > 100 ? body[..100] : body)}'";
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            return $"status {status}: the body is not an object";
        }

        if (!json.TryGetProperty("statusCode", out var code) || code.ValueKind != JsonValueKind.Number || !code.TryGetInt32(out var value) || value != status)
        {
            return $"status {status}: statusCode is not {status} in {body}";
        }

        if (!json.TryGetProperty("message", out var message)
            || !(message.ValueKind == JsonValueKind.String
                 || (message.ValueKind == JsonValueKind.Array && message.EnumerateArray().All(m => m.ValueKind == JsonValueKind.String))))
        {
            return $"status {status}: message is neither a string nor an array of strings in {body}";
        }

        return json.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
            ? null
            : $"status {status}: error is not a string in {body}";
    }
}
