using System.Net.Http.Json;
using System.Text.Json;

namespace Lumo.Sandbox.Tests.Support;

/// <summary>The Lumo API calls tests make most, answering the raw response or its JSON.</summary>
internal static class ApiCalls
{
    public static Task<HttpResponseMessage> PrepareAsync(this HttpClient api, string qrCode, string externalOrderId = "order-1") =>
        api.PostAsJsonAsync("orders/prepare", new { qrCode, externalOrderId });

    public static Task<HttpResponseMessage> AcceptAsync(this HttpClient api, Guid quoteId, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"orders/accept/{quoteId}");
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return api.SendAsync(request);
    }

    /// <summary>Prepares a quote for <paramref name="amountRub"/> and answers its JSON (201 asserted).</summary>
    public static async Task<JsonElement> QuoteAsync(this HttpClient api, decimal amountRub, string externalOrderId = "order-1")
    {
        using var response = await api.PrepareAsync(Qr.ForAmount(amountRub), externalOrderId);
        return await response.JsonAsync(201);
    }

    /// <summary>Prepares and accepts; answers the order JSON (201 asserted).</summary>
    public static async Task<JsonElement> OrderAsync(this HttpClient api, decimal amountRub, string externalOrderId = "order-1")
    {
        var quote = await api.QuoteAsync(amountRub, externalOrderId);
        using var response = await api.AcceptAsync(quote.GetProperty("id").GetGuid());
        return await response.JsonAsync(201);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient api, string path, int expectedStatus = 200)
    {
        using var response = await api.GetAsync(new Uri(path, UriKind.Relative));
        return await response.JsonAsync(expectedStatus);
    }

    /// <summary>Asserts the status and answers the body's JSON.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, int expectedStatus)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(expectedStatus), () => $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Guid Id(this JsonElement json) => json.GetProperty("id").GetGuid();

    public static string Str(this JsonElement json, string name) => json.GetProperty(name).GetString()!;

    public static decimal Dec(this JsonElement json, string name) => json.GetProperty(name).GetDecimal();
}
