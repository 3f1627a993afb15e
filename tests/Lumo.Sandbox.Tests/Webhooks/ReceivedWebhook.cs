using System.Text.Json;
using WireMock;

namespace Lumo.Sandbox.Tests.Webhooks;

/// <summary>A webhook request as the receiver got it: raw body, headers, and the status it answered.</summary>
internal sealed record ReceivedWebhook(byte[] Body, IReadOnlyDictionary<string, string> Headers, int AnsweredStatus)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public Guid EventId => Json.GetProperty("id").GetGuid();

    public Guid ResourceId => Json.GetProperty("data").GetProperty("id").GetGuid();

    public string OrderStatus => Json.GetProperty("data").GetProperty("status").GetString()!;

    public string? Header(string name) => Headers.GetValueOrDefault(name);

    public static ReceivedWebhook Of(IRequestMessage request, int answeredStatus) => new(
        request.BodyAsBytes ?? [],
        request.Headers?.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase) ?? [],
        answeredStatus);
}
