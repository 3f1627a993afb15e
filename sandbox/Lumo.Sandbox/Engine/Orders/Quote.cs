using Lumo.Sandbox.Engine.StateMachines;

namespace Lumo.Sandbox.Engine.Orders;

/// <summary>A price for paying one QR code, valid until <see cref="ExpiresAt"/>. Mutated under the company's lock.</summary>
internal sealed class Quote
{
    public required Guid Id { get; init; }

    public required NspkQrCode Qr { get; init; }

    public required string ExternalOrderId { get; init; }

    public required decimal AmountRub { get; init; }

    public required decimal AmountUsdt { get; init; }

    public required decimal Rate { get; init; }

    public required string MerchantName { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public QuoteState State { get; private set; } = QuoteState.Active;

    /// <summary>Expiry is applied when the quote is next touched: nothing else depends on it happening on time.</summary>
    public void ExpireIfDue(DateTimeOffset now)
    {
        if (State == QuoteState.Active && now >= ExpiresAt)
        {
            State = Lifecycles.Quote.Fire(State, QuoteTrigger.Expire);
        }
    }

    public void Accept() => State = Lifecycles.Quote.Fire(State, QuoteTrigger.Accept);
}
