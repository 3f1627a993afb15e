namespace Lumo.Sandbox.Webhooks;

/// <summary>Where a delivery is. The API shows the first three as <c>pending</c>.</summary>
internal enum WebhookDeliveryStatus
{
    /// <summary>Waits for an earlier event of the same resource to be delivered or given up.</summary>
    Queued,

    /// <summary>An attempt is in flight.</summary>
    Sending,

    /// <summary>The last attempt failed; the next one is scheduled at <see cref="WebhookDelivery.NextAttemptAt"/>.</summary>
    RetryScheduled,

    Delivered,

    /// <summary>Every attempt failed; given up.</summary>
    Failed,
}
