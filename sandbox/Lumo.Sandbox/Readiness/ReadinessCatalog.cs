namespace Lumo.Sandbox.Readiness;

/// <summary>One thing an integration should have shown it handles (a case) or should not do (a warning).</summary>
/// <param name="Id">Stable id, e.g. <c>payment-timeout</c>; tests and CI refer to it.</param>
/// <param name="Title">What it means, in one line.</param>
/// <param name="Hint">For a case: how to make it happen in the sandbox; for a warning: what to change.</param>
internal sealed record ReadinessItem(string Id, string Title, string Hint);

/// <summary>
/// Every case and warning of the readiness report, defined here and nowhere else: the report, its formats, the
/// console and the docs' table (generated and checked by a test) all read this list.
/// </summary>
internal static class ReadinessCatalog
{
    public const string OrderPaid = "order-paid";
    public const string PaymentRejected = "payment-rejected";
    public const string PaymentTimeout = "payment-timeout";
    public const string QuoteExpired = "quote-expired";
    public const string InsufficientBalance = "insufficient-balance";
    public const string AcceptRetriedIdempotently = "accept-retried-idempotently";
    public const string ServiceUnavailableRetried = "service-unavailable-retried";
    public const string WebhookAcknowledged = "webhook-acknowledged";
    public const string WebhookRetryHandled = "webhook-retry-handled";
    public const string WebhookDuplicateHandled = "webhook-duplicate-handled";
    public const string DisputeOpened = "dispute-opened";
    public const string DisputeOutcomeRead = "dispute-outcome-read";
    public const string OrdersPaged = "orders-paged";
    public const string KeyRotated = "key-rotated";

    public const string AcceptWithoutIdempotencyKey = "accept-without-idempotency-key";
    public const string RetryStorm = "retry-storm";
    public const string PollingTooFast = "polling-too-fast";

    public static readonly IReadOnlyList<ReadinessItem> Cases =
    [
        new(OrderPaid, "Read a paid order (status success)",
            "Pay a QR code: the default scenario completes orders after a few seconds of sandbox time (advance the clock), or POST /_sandbox/orders/{id}/complete; then get or list the order, or acknowledge its order.status_changed webhook."),
        new(PaymentRejected, "Read an order failed with payment_rejected",
            "Pay 4001.00 RUB (the default scenario rejects it), or POST /_sandbox/orders/{id}/fail with failureReason payment_rejected; then read the order."),
        new(PaymentTimeout, "Read an order failed with payment_timeout",
            "Let the payment window pass (advance the clock past it, or load scenarios/payment-timeout.json), or fail the order with failureReason payment_timeout; then read the order."),
        new(QuoteExpired, "Got the expired-quote 409 on accept and prepared a new quote for the same order",
            "Prepare a quote, advance the clock by its TTL (30 s by default), accept it (409 Quote expired), then prepare again with the same externalOrderId."),
        new(InsufficientBalance, "Got the insufficient-balance answer on accept",
            "Accept a quote worth more USDT than the company has (create a company with a small usdtBalance, or load scenarios/insufficient-balance.json)."),
        new(AcceptRetriedIdempotently, "Repeated an accept with the same Idempotency-Key and got the stored order",
            "Add a rule with fault {status: 503, afterHandling: true} or {dropConnection: true, afterHandling: true} on acceptOrder; retry with the same Idempotency-Key until the answer carries Idempotent-Replayed: true."),
        new(ServiceUnavailableRetried, "Got a 503 or 429 and later the same operation succeeded",
            "Add a rule with fault {status: 503} or {status: 429, retryAfterSeconds: 1} and times: 1 (scenarios/flaky-network.json), then retry the call."),
        new(WebhookAcknowledged, "Answered a webhook delivery with 2xx",
            "Set the company's webhookUrl to your receiver and make an order change status."),
        new(WebhookRetryHandled, "Failed a webhook delivery and acknowledged a later attempt of the same event",
            "Answer a delivery with a non-2xx status (or not at all), advance the clock 10 s to the retry, and answer it with 2xx."),
        new(WebhookDuplicateHandled, "Acknowledged the same event twice (a duplicate delivery)",
            "POST /_sandbox/webhooks/{eventId}/redeliver, or set deliverWebhooksTwice on the company in the scenario; answer both deliveries with 2xx."),
        new(DisputeOpened, "Opened a dispute",
            "POST /orders/{id}/dispute on a finished order (201)."),
        new(DisputeOutcomeRead, "Read a dispute after it was resolved or rejected",
            "Resolve or reject it with POST /_sandbox/disputes/{id}/resolve or /reject, then get or list it, or acknowledge its dispute.updated webhook."),
        new(OrdersPaged, "Listed orders past the first page",
            "Have more orders than one page holds and list them with offset > 0 (GET /orders?offset=20&limit=20)."),
        new(KeyRotated, "Rotated the API key and used the new one",
            "POST /auth/company/regenerate-key (or log in again), then call the API with the new key."),
    ];

    public static readonly IReadOnlyList<ReadinessItem> Warnings =
    [
        new(AcceptWithoutIdempotencyKey, "An accept was sent without an Idempotency-Key",
            "Send a unique Idempotency-Key with every accept, and reuse it when you retry, so a retry never pays twice."),
        new(RetryStorm, "The same failing request was repeated more than 10 times within one second",
            "Back off between retries (honour Retry-After) and give up after a few attempts."),
        new(PollingTooFast, "One order was read more than 5 times within one second",
            "Poll an order at most once a second, or wait for its order.status_changed webhook."),
    ];

    public static ReadinessItem? FindCase(string id) => Cases.FirstOrDefault(c => c.Id == id);
}
