using Lumo.Sandbox.Engine.StateMachines;
using Lumo.Sandbox.Engine.Support;
using Lumo.Sandbox.Scenarios;

namespace Lumo.Sandbox.Engine.Orders;

/// <summary>
/// An accepted quote being paid. Mutated only under the company's lock, through <see cref="Fire"/>, and its
/// <see cref="View"/> read only under that lock too.
/// </summary>
internal sealed class Order : IBookEntry<OrderStatus>
{
    private OrderView? _view;
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

    /// <summary>The steps the scenario scripted for this order (none for seeded orders, which start finished).</summary>
    public IReadOnlyList<OrderStep> Timeline { get; init; } = [];

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
    /// page of them allocates no views. <see cref="Fire"/> forgets it; both run under the company's lock, so no
    /// read sees a half-changed order.
    /// </summary>
    public OrderView View => _view ??= OrderView.Create(this);

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

        _view = null;
        return previous;
    }
}
