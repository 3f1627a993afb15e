using Lumo.Sandbox.Engine.Deposits;
using Lumo.Sandbox.Engine.Disputes;
using Lumo.Sandbox.Engine.Orders;

namespace Lumo.Sandbox.Engine.StateMachines;

/// <summary>The transition tables of the engine's entities, in one place so they read as the lifecycle they are.</summary>
internal static class Lifecycles
{
    public static readonly TransitionTable<QuoteState, QuoteTrigger> Quote = new TransitionTable<QuoteState, QuoteTrigger>("Quote")
        .Allow(QuoteState.Active, QuoteTrigger.Accept, QuoteState.Accepted)
        .Allow(QuoteState.Active, QuoteTrigger.Expire, QuoteState.Expired);

    public static readonly TransitionTable<OrderStatus, OrderTrigger> Order = new TransitionTable<OrderStatus, OrderTrigger>("Order")
        .Allow(OrderStatus.Created, OrderTrigger.Start, OrderStatus.InProgress)
        .Allow(OrderStatus.Created, OrderTrigger.Complete, OrderStatus.Success)
        .Allow(OrderStatus.Created, OrderTrigger.Fail, OrderStatus.Failed)
        .Allow(OrderStatus.Created, OrderTrigger.Timeout, OrderStatus.Failed)
        .Allow(OrderStatus.InProgress, OrderTrigger.Complete, OrderStatus.Success)
        .Allow(OrderStatus.InProgress, OrderTrigger.Fail, OrderStatus.Failed)
        .Allow(OrderStatus.InProgress, OrderTrigger.Timeout, OrderStatus.Failed)
        .Allow(OrderStatus.Success, OrderTrigger.Dispute, OrderStatus.Disputed)
        .Allow(OrderStatus.Failed, OrderTrigger.Dispute, OrderStatus.Disputed);

    public static readonly TransitionTable<DisputeStatus, DisputeTrigger> Dispute = new TransitionTable<DisputeStatus, DisputeTrigger>("Dispute")
        .Allow(DisputeStatus.Submitted, DisputeTrigger.Review, DisputeStatus.InReview)
        .Allow(DisputeStatus.Submitted, DisputeTrigger.Resolve, DisputeStatus.Resolved)
        .Allow(DisputeStatus.Submitted, DisputeTrigger.Reject, DisputeStatus.Rejected)
        .Allow(DisputeStatus.InReview, DisputeTrigger.Resolve, DisputeStatus.Resolved)
        .Allow(DisputeStatus.InReview, DisputeTrigger.Reject, DisputeStatus.Rejected);

    // Confirm is the per-block tick: a pending deposit stays pending until it settles or fails.
    public static readonly TransitionTable<DepositStatus, DepositTrigger> Deposit = new TransitionTable<DepositStatus, DepositTrigger>("Deposit")
        .Allow(DepositStatus.Pending, DepositTrigger.Confirm, DepositStatus.Pending)
        .Allow(DepositStatus.Pending, DepositTrigger.Settle, DepositStatus.Confirmed)
        .Allow(DepositStatus.Pending, DepositTrigger.Fail, DepositStatus.Failed);
}
