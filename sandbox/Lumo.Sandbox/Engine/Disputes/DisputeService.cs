using Lumo.Sandbox.Engine.Companies;
using Lumo.Sandbox.Engine.Events;
using Lumo.Sandbox.Engine.Orders;
using Lumo.Sandbox.Engine.StateMachines;
using Lumo.Sandbox.Engine.Support;
using Lumo.Sandbox.Scenarios;
using Lumo.Sandbox.Scenarios.Rules;

namespace Lumo.Sandbox.Engine.Disputes;

/// <summary>
/// Disputes: opening one on a finished order, the scripted review timeline, the control API's review, resolve and
/// reject, and the refund a resolution implies. Every change happens under the owning company's lock.
/// </summary>
/// <remarks>
/// A refund gives back what the order spent: its amountUsdt when it had succeeded (or refundAmount for
/// partial_refund). A failed order's reserve was already released, so resolving its dispute moves no money.
/// </remarks>
internal sealed class DisputeService(SandboxEngine engine)
{
    public const string UpdatedEvent = "dispute.updated";

    /// <summary>Opens a dispute, or returns the order's open one; the order becomes disputed.</summary>
    public DisputeView Create(CompanyState company, Guid orderId, string reason)
    {
        lock (company.Lock)
        {
            if (!company.Orders.TryGet(orderId, out var order))
            {
                throw EngineException.NotFound("Order not found");
            }

            if (company.Disputes.OpenFor(orderId) is { } open)
            {
                return DisputeView.Of(open);
            }

            if (!Lifecycles.Order.CanFire(order.Status, OrderTrigger.Dispute))
            {
                throw EngineException.Conflict($"Order is {order.Status.ToWire()}: only success or failed orders can be disputed");
            }

            engine.Orders.FireNeedsLock(company, order, OrderTrigger.Dispute, null);
            var dispute = new Dispute
            {
                Id = company.Random.NextGuid(),
                CompanyId = company.Id,
                OrderId = order.Id,
                Sequence = engine.NextSequence(),
                Reason = reason,
                CreatedAt = engine.Now,
            };
            company.Disputes.Add(dispute);
            engine.DisputeOwners.Set(dispute.Id, company);
            Publish(company, dispute);

            var facts = new RuleFacts { DisputeReason = reason, AmountRub = order.AmountRub, ExternalOrderId = order.ExternalOrderId };
            foreach (var step in engine.Rules.DisputeTimelineFor(facts, company.RuleCalls))
            {
                engine.Scheduler.Schedule(dispute.CreatedAt + step.After, () => ApplyStep(company, dispute, order, step));
            }

            return DisputeView.Of(dispute);
        }
    }

    public DisputeView Get(CompanyState company, Guid id)
    {
        lock (company.Lock)
        {
            if (!company.Disputes.All.TryGet(id, out var dispute))
            {
                throw NotFound();
            }

            TouchOrder(company, dispute); // a dispute someone still reads keeps its order, and so itself
            return DisputeView.Of(dispute);
        }
    }

    public DisputeListView List(CompanyState company, DisputeStatus? status, int offset, int limit)
    {
        lock (company.Lock)
        {
            var page = company.Disputes.All.Page(status, offset, limit);
            return new DisputeListView([.. page.Select(DisputeView.Of)], company.Disputes.All.CountWith(status));
        }
    }

    /// <summary>The newest disputes across companies (or of one), for the control API.</summary>
    public List<DisputeView> Recent(Guid? companyId, DisputeStatus? status, int limit) =>
        RecentAcrossCompanies.Collect(engine.Companies.All, companyId, static c => c.Disputes.All, status, limit, static (c, d) => DisputeView.Of(d).WithCompany(c.Id));

    /// <summary>The control API's "staff took it up". Conflict unless submitted.</summary>
    public DisputeView Review(Guid disputeId) => Decide(disputeId, DisputeTrigger.Review, DisputeDecision.None);

    /// <summary>
    /// The control API's resolution. partial_refund needs a refundAmount of at most the order's amountUsdt; the
    /// other resolutions take none. Conflict unless the dispute is open.
    /// </summary>
    public DisputeView Resolve(Guid disputeId, DisputeDecision decision) => Decide(disputeId, DisputeTrigger.Resolve, decision);

    /// <summary>The control API's rejection: nothing moves. Conflict unless the dispute is open.</summary>
    public DisputeView Reject(Guid disputeId, DisputeDecision decision) => Decide(disputeId, DisputeTrigger.Reject, decision with { Resolution = null, RefundAmount = null });

    /// <summary>What resolving gives back: only what a successful order spent.</summary>
    internal static decimal RefundFor(Order order, DisputeResolution resolution, decimal? refundAmount) =>
        order.OutcomeBeforeDispute != OrderStatus.Success
            ? 0m
            : resolution switch
            {
                DisputeResolution.Refund => order.AmountUsdt,
                DisputeResolution.PartialRefund => refundAmount ?? 0m,
                _ => 0m,
            };

    private DisputeView Decide(Guid disputeId, DisputeTrigger trigger, DisputeDecision decision)
    {
        if (!engine.DisputeOwners.TryGet(disputeId, out var company))
        {
            throw NotFound();
        }

        lock (company.Lock)
        {
            var dispute = company.Disputes.All.TryGet(disputeId, out var found) ? found : throw NotFound();
            if (!Lifecycles.Dispute.CanFire(dispute.Status, trigger))
            {
                // A 409 before anything else, worded like the API's other conflicts ("Order is disputed, not open").
                throw EngineException.Conflict($"Dispute is {dispute.Status.ToWire()}, not {(trigger == DisputeTrigger.Review ? "submitted" : "open")}");
            }

            var order = company.Orders.TryGet(dispute.OrderId, out var o) ? o : throw EngineException.NotFound("Order not found");
            if (trigger == DisputeTrigger.Resolve)
            {
                decision = Checked(decision, order);
            }

            FireNeedsLock(company, dispute, order, trigger, decision);
            return DisputeView.Of(dispute);
        }
    }

    private static DisputeDecision Checked(DisputeDecision decision, Order order)
    {
        var partial = decision.Resolution == DisputeResolution.PartialRefund;
        if (partial && decision.RefundAmount is null)
        {
            throw EngineException.BadRequest("refundAmount is required for partial_refund");
        }

        if (!partial && decision.RefundAmount is not null)
        {
            throw EngineException.BadRequest("refundAmount is only allowed with partial_refund");
        }

        var amount = decision.RefundAmount is { } a ? Money.Round(a) : (decimal?)null;
        if (amount is <= 0m)
        {
            throw EngineException.BadRequest("refundAmount must be at least 0.01");
        }

        if (amount > order.AmountUsdt)
        {
            throw EngineException.BadRequest($"refundAmount must not exceed the order's amountUsdt ({order.AmountUsdt})");
        }

        return decision with { RefundAmount = amount };
    }

    // Scheduled steps find the dispute wherever it has got to (resolved by hand, say): a step that no longer
    // applies is skipped, never forced. A scripted partial refund larger than the order is capped at it.
    private void ApplyStep(CompanyState company, Dispute dispute, Order order, DisputeStep step)
    {
        var trigger = step.Status switch
        {
            DisputeStepStatus.InReview => DisputeTrigger.Review,
            DisputeStepStatus.Resolved => DisputeTrigger.Resolve,
            _ => DisputeTrigger.Reject,
        };
        lock (company.Lock)
        {
            if (!Lifecycles.Dispute.CanFire(dispute.Status, trigger))
            {
                return;
            }

            var decision = new DisputeDecision
            {
                Resolution = trigger == DisputeTrigger.Resolve ? step.Resolution ?? DisputeResolution.Refund : null,
                RefundAmount = step.RefundAmount is { } amount ? Math.Min(Money.Round(amount), order.AmountUsdt) : null,
                AdminComment = step.AdminComment,
                ResolvedBy = step.ResolvedBy,
            };
            FireNeedsLock(company, dispute, order, trigger, decision);
        }
    }

    private void FireNeedsLock(CompanyState company, Dispute dispute, Order order, DisputeTrigger trigger, DisputeDecision decision)
    {
        var previous = dispute.Fire(trigger, decision, engine.Now);
        company.Disputes.StatusChanged(dispute, previous);
        order.Touch(engine.Now);
        if (!dispute.IsOpen)
        {
            engine.Retention.FinishedNeedsLock(company, order);
        }

        if (dispute.Status == DisputeStatus.Resolved && RefundFor(order, dispute.Resolution!.Value, dispute.RefundAmount) is > 0m and var refund)
        {
            company.Ledger.Refund(refund);
        }

        Publish(company, dispute);
    }

    private void TouchOrder(CompanyState company, Dispute dispute)
    {
        if (company.Orders.TryGet(dispute.OrderId, out var order))
        {
            order.Touch(engine.Now);
        }
    }

    private void Publish(CompanyState company, Dispute dispute) =>
        engine.Events.Publish(company, new DomainEvent(UpdatedEvent, dispute.Id, engine.Now, DisputeView.Of(dispute)));

    private static EngineException NotFound() => EngineException.NotFound("Dispute not found");
}
