namespace Lumo.Sandbox.Samples.Checkout;

/// <summary>How a payment ended, as the shop needs to know it.</summary>
public enum PaymentOutcome
{
    /// <summary>The merchant was paid; the USDT is spent.</summary>
    Paid,

    /// <summary>The payment failed (see the order's failureReason); the frozen USDT is back in the balance.</summary>
    Failed,

    /// <summary>The company lacks the USDT; nothing was accepted.</summary>
    InsufficientBalance,

    /// <summary>Still not final after polling for the configured time: check the order again later.</summary>
    Pending,
}
