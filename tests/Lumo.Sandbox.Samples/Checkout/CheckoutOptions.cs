namespace Lumo.Sandbox.Samples.Checkout;

/// <summary>Time-outs, retries and polling of <see cref="CheckoutService"/>. The defaults suit production.</summary>
public sealed record CheckoutOptions
{
    /// <summary>How long one HTTP call may take before it is abandoned and retried.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Calls per request, first one included, when the API answers 429/502/503/504, times out or drops the connection.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The first retry's delay, doubled for each further one, unless the API sends Retry-After.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Quotes to try when they keep expiring before they are accepted.</summary>
    public int MaxQuotes { get; init; } = 3;

    /// <summary>How often the order is read until it is final.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Reads of the order before the payment is reported <see cref="PaymentOutcome.Pending"/>: 200 × 2 s outlasts the 5-minute payment window.</summary>
    public int MaxPolls { get; init; } = 200;

    /// <summary>
    /// The shop's webhook endpoint, when the company has a <c>webhookUrl</c>: the service then waits for the
    /// <c>order.status_changed</c> event and reads the order only when no final event came within a poll interval.
    /// </summary>
    public OrderWebhookReceiver? Webhooks { get; init; }

    /// <summary>
    /// How the service waits between polls and retries; <see cref="Task.Delay(TimeSpan, CancellationToken)"/> by default.
    /// Tests against a virtual-clock sandbox pass <c>sandbox.Clock.AdvanceAsync</c> so waiting moves sandbox time instead.
    /// </summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = Task.Delay;
}
