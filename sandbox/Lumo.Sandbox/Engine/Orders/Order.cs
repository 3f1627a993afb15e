using Lumo.Sandbox.Engine.StateMachines;
using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Engine.Orders;

/// <summary>An accepted quote being paid. Mutated only under the company's lock, through <see cref="Fire"/>.</summary>
internal sealed class Order : IBookEntry<OrderStatus>
{
    private CachedView? _view;
    private int _version;
    public required Guid Id { get; init; }

    public required Guid CompanyId { get; init; }

    /// <summary>Creation order within the sandbox; lists sort newest first by it.</summary>
    public required long Sequence { get; init; }

    public required decimal AmountRub { get; init; }

    public required decimal AmountUsdt { get; init; }

    public required string MerchantName { get; init; }

    public required string ExternalOrderId { get; init; }

    public required DateTimeOffset CreatedAt
    {
        get;
        init
        {
            field = value;
            LastTouchedAt = value;
        }
    }

    /// <summary>When the order (or a dispute of it) last changed or was read by id: retention counts its age from here.</summary>
    public DateTimeOffset LastTouchedAt { get; private set; }

    public required DateTimeOffset PaymentUntil { get; init; }

    public OrderStatus Status { get; private set; } = OrderStatus.Created;

    /// <summary>The status the order finished with before a dispute (success or failed).</summary>
    public OrderStatus? OutcomeBeforeDispute { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? FailureReason { get; private set; }

    public bool IsOpen => Status is OrderStatus.Created or OrderStatus.InProgress;

    public void Touch(DateTimeOffset now)
    {
        if (now > LastTouchedAt)
        {
            LastTouchedAt = now;
        }
    }

    /// <summary>
    /// The order as the API shows it, made once per state and shared (it is immutable), so reading an order or a
    /// page of them allocates no views. Tagged with the state it was made from, so even a read that
    /// races a change cannot leave a stale view behind.
    /// </summary>
    public OrderView View
    {
        get
        {
            var version = _version;
            if (_view is { } cached && cached.Version == version)
            {
                return cached.View;
            }

            var view = OrderView.Create(this);
            _view = new CachedView(view, version);
            return view;
        }
    }

    public OrderStatus Fire(OrderTrigger trigger, DateTimeOffset now, string? failureReason = null)
    {
        var previous = Status;
        Status = Lifecycles.Order.Fire(Status, trigger);
        Touch(now);
        switch (trigger)
        {
            case OrderTrigger.Complete:
                CompletedAt = now;
                break;
            case OrderTrigger.Fail:
            case OrderTrigger.Timeout:
                FailureReason = failureReason;
                break;
            case OrderTrigger.Dispute:
                OutcomeBeforeDispute = previous;
                break;
        }

        _version++; // last, so a view made from a half-changed order carries the old version and is not reused
        return previous;
    }
}
