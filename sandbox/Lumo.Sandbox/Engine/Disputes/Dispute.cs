using Lumo.Sandbox.Engine.StateMachines;
using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Engine.Disputes;

/// <summary>A company's claim about a finished order. Mutated only under the company's lock, through <see cref="Fire"/>.</summary>
internal sealed class Dispute : IBookEntry<DisputeStatus>
{
    public required Guid Id { get; init; }

    public required Guid CompanyId { get; init; }

    public required Guid OrderId { get; init; }

    public required long Sequence { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset CreatedAt
    {
        get;
        init
        {
            field = value;
            UpdatedAt = value;
        }
    }

    public DisputeStatus Status { get; private set; } = DisputeStatus.Submitted;

    public DisputeResolution? Resolution { get; private set; }

    /// <summary>Set only for partial_refund: the USDT the decision gives back.</summary>
    public decimal? RefundAmount { get; private set; }

    public string? AdminComment { get; private set; }

    public string? ResolvedBy { get; private set; }

    /// <summary>When it was resolved or rejected.</summary>
    public DateTimeOffset? ResolvedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Submitted or in review: a second dispute on the order returns this one.</summary>
    public bool IsOpen => Status is DisputeStatus.Submitted or DisputeStatus.InReview;

    /// <summary>Applies a trigger through the lifecycle table (illegal ones throw) and records the decision.</summary>
    public DisputeStatus Fire(DisputeTrigger trigger, DisputeDecision decision, DateTimeOffset now)
    {
        var previous = Status;
        Status = Lifecycles.Dispute.Fire(Status, trigger);
        AdminComment = decision.AdminComment ?? AdminComment;
        UpdatedAt = now;
        if (trigger is DisputeTrigger.Resolve or DisputeTrigger.Reject)
        {
            ResolvedBy = decision.ResolvedBy ?? DisputeDecision.DefaultResolvedBy;
            ResolvedAt = now;
        }

        if (trigger == DisputeTrigger.Resolve)
        {
            Resolution = decision.Resolution ?? DisputeResolution.Refund;
            RefundAmount = Resolution == DisputeResolution.PartialRefund ? decision.RefundAmount : null;
        }

        return previous;
    }
}
