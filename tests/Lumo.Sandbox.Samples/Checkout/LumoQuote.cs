namespace Lumo.Sandbox.Samples.Checkout;

/// <summary>The answer to <c>POST /orders/prepare</c>: what paying the QR code costs, valid until <see cref="ExpiresAt"/> (30 s).</summary>
public sealed record LumoQuote(
    Guid Id,
    decimal AmountRub,
    decimal AmountUsdt,
    decimal Rate,
    DateTimeOffset ExpiresAt,
    bool IsBalanceSufficient,
    string MerchantName);
