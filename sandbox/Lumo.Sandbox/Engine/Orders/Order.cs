using Lumo.Sandbox.Engine.StateMachines;

namespace Lumo.Sandbox.Engine.Orders;

/// <summary>An accepted quote being paid. Mutated only under the company's lock, through <see cref="Fire"/>.</summary>
internal sealed class Order
{
    public required Guid Id { get; init; }

    public required Guid CompanyId { get; init; }

    /// <summary>Creation order within the sandbox; lists sort newest first by it.</summary>
    public required long Sequence { get; init; }

    public required decimal AmountRub { get; init; }

    public required decimal AmountUsdt { get; init; }

    public required string MerchantName { get; init; }

    public required string ExternalOrderId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset PaymentUntil { get; init; }

    public OrderStatus Status { get; private set; } = OrderStatus.Created;

    /// <summary>The status the order finished with before a dispute (success or failed).</summary>
    public OrderStatus? OutcomeBeforeDispute { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? FailureReason { get; private set; }

    public bool IsOpen => Status is OrderStatus.Created or OrderStatus.InProgress;

    public OrderStatus Fire(OrderTrigger trigger, DateTimeOffset now, string? failureReason = null)
    {
        var previous = Status;
        Status = Lifecycles.Order.Fire(Status, trigger);
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

        return previous;
    }
}
