using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Webhooks;

/// <summary>A delivery as GET /_sandbox/webhooks shows it (schema WebhookDelivery); taken under its outbox's lock.</summary>
internal sealed record WebhookDeliveryView(
    Guid EventId,
    string Type,
    Guid CompanyId,
    string Url,
    string Status,
    IReadOnlyList<WebhookAttempt> Attempts,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset CreatedAt,
    JsonElement Payload,
    [property: JsonIgnore] long Sequence)
{
    public static WebhookDeliveryView Of(WebhookDelivery d) => new(
        d.EventId,
        d.Type,
        d.CompanyId,
        d.Url,
        d.Status switch
        {
            WebhookDeliveryStatus.Delivered => "delivered",
            WebhookDeliveryStatus.Failed => "failed",
            _ => "pending",
        },
        [.. d.Attempts],
        d.NextAttemptAt,
        d.CreatedAt,
        JsonDocument.Parse(d.Body).RootElement.Clone(),
        d.Sequence);
}

/// <summary>GET /_sandbox/webhooks (schema WebhookDeliveryList).</summary>
internal sealed record WebhookDeliveryList(IReadOnlyList<WebhookDeliveryView> Deliveries);
