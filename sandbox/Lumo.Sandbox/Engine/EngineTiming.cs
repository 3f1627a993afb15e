using Lumo.Sandbox.Scenarios;

namespace Lumo.Sandbox.Engine;

/// <summary>
/// The engine's durations, taken from the scenario's <c>timing</c> section; the defaults live there
/// (<see cref="ScenarioTiming"/>), once.
/// </summary>
internal sealed record EngineTiming
{
    /// <summary>How long a quote can be accepted.</summary>
    public required TimeSpan QuoteTtl { get; init; }

    /// <summary>How long an order may stay unpaid (paymentUntil = createdAt + this).</summary>
    public required TimeSpan PaymentWindow { get; init; }

    /// <summary>How long an Idempotency-Key answer is kept, in sandbox time.</summary>
    public required TimeSpan IdempotencyKeyTtl { get; init; }

    /// <summary>Time between deposit confirmations (TRON's block time).</summary>
    public required TimeSpan ConfirmationInterval { get; init; }

    /// <summary>Confirmations after which a deposit is final and credited.</summary>
    public required int ConfirmationsRequired { get; init; }

    /// <summary>When finished orders (with their disputes) are forgotten.</summary>
    public required Orders.RetentionPolicy Retention { get; init; }

    public static EngineTiming From(ScenarioTiming timing) => new()
    {
        QuoteTtl = timing.QuoteTtl,
        PaymentWindow = timing.PaymentWindow,
        IdempotencyKeyTtl = timing.IdempotencyKeyTtl,
        ConfirmationInterval = timing.ConfirmationInterval,
        ConfirmationsRequired = timing.ConfirmationsRequired,
        Retention = new Orders.RetentionPolicy(timing.Retention, timing.RetentionMaxOrders),
    };
}
