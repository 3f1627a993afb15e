namespace Lumo.Sandbox.Webhooks;

/// <summary>
/// One event on its way to one company's receiver. The URL, body and signature are fixed when the event is
/// published, so every attempt sends the same bytes with the same event id. The mutable part (status,
/// attempts, next attempt) is read and changed only under its <see cref="WebhookOutbox"/>'s lock.
/// </summary>
internal sealed class WebhookDelivery
{
    public required Guid EventId { get; init; }

    public required string Type { get; init; }

    public required Guid CompanyId { get; init; }

    /// <summary>The order, dispute or deposit the event is about: events of one resource go out in order.</summary>
    public required Guid ResourceId { get; init; }

    /// <summary>The company's webhookUrl when the event happened.</summary>
    public required string Url { get; init; }

    /// <summary>The exact request body (UTF-8 JSON) every attempt sends.</summary>
    public required byte[] Body { get; init; }

    /// <summary>HMAC-SHA256 of <see cref="Body"/> with the company's webhook secret at publish time.</summary>
    public required string Signature { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Publication order across the engine's companies (newest first in lists).</summary>
    public required long Sequence { get; init; }

    public WebhookDeliveryStatus Status { get; set; } = WebhookDeliveryStatus.Queued;

    public List<WebhookAttempt> Attempts { get; } = [];

    /// <summary>When the next attempt starts (or started, while in flight); null when queued or finished.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    public bool IsFinished => Status is WebhookDeliveryStatus.Delivered or WebhookDeliveryStatus.Failed;
}
