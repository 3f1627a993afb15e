namespace Lumo.Sandbox.Engine;

/// <summary>The engine's durations, from the scenario's <c>timing</c> section.</summary>
internal sealed record EngineTiming
{
    /// <summary>How long a quote can be accepted. Default 30 s, as the real API documents.</summary>
    public TimeSpan QuoteTtl { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an order may stay unpaid (paymentUntil = createdAt + this). Default 5 min.</summary>
    public TimeSpan PaymentWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an Idempotency-Key answer is kept. Default 24 h of sandbox time.</summary>
    public TimeSpan IdempotencyKeyTtl { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Time between deposit confirmations (TRON's block time). Default 3 s.</summary>
    public TimeSpan ConfirmationInterval { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Confirmations after which a deposit is final and credited. Default 19.</summary>
    public int ConfirmationsRequired { get; init; } = 19;

    /// <summary>When finished orders are forgotten. Default 7 days of sandbox time or beyond the newest 100 000.</summary>
    public Orders.RetentionPolicy Retention { get; init; } = Orders.RetentionPolicy.Default;
}
