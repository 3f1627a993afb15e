namespace Lumo.Sandbox.Webhooks;

/// <summary>What follows an attempt: a retry at <see cref="RetryAt"/>, or the <see cref="Next"/> delivery of the resource.</summary>
internal readonly record struct WebhookOutcome(DateTimeOffset? RetryAt, WebhookDelivery? Next);
