using System.Globalization;
using System.Text.Json;
using Lumo.Sandbox.Http.Journal;
using Microsoft.AspNetCore.WebUtilities;

namespace Lumo.Sandbox.Http.Errors;

/// <summary>Writes <c>{statusCode, message, error}</c>, the API's one error shape, for every failure.</summary>
internal static class ErrorResponseWriter
{
    public static async Task WriteAsync(HttpContext http, int statusCode, string? message, IReadOnlyList<string>? messages = null, int? retryAfterSeconds = null, bool clear = true)
    {
        var response = http.Response;
        if (clear)
        {
            response.Clear(); // drop whatever a failed handler had set
        }

        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        http.Features.Get<JournalFeature>()?.ErrorMessage = message ?? (messages is null ? null : string.Join("; ", messages));
        if (statusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The unread rest of a too-large body leaves the connection unusable (Kestrel drops it after this answer):
            // say so, or a keep-alive client sends its next request on a dead connection.
            response.Headers.Connection = "close";
        }

        if (retryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        var reason = ReasonPhrases.GetReasonPhrase(statusCode);
        await using var writer = new Utf8JsonWriter(response.Body);
        writer.WriteStartObject();
        writer.WriteNumber("statusCode", statusCode);
        if (messages is not null)
        {
            writer.WriteStartArray("message");
            foreach (var item in messages)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteString("message", message ?? reason);
        }

        writer.WriteString("error", reason.Length > 0 ? reason : "Error");
        writer.WriteEndObject();
        await writer.FlushAsync(http.RequestAborted);
    }
}
