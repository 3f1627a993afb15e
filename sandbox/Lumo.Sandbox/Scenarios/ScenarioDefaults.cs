using Lumo.Sandbox.Engine.Disputes;

namespace Lumo.Sandbox.Scenarios;

/// <summary>The timelines used when no rule gives one.</summary>
internal sealed record ScenarioDefaults
{
    /// <summary>Success 3 s after the accept.</summary>
    public static IReadOnlyList<OrderStep> DefaultOrderTimeline { get; } = ValueList<OrderStep>.From(
    [
        new OrderStep { After = TimeSpan.FromSeconds(3), Status = OrderStepStatus.Success },
    ]);

    /// <summary>In review after 60 s, refunded after 600 s.</summary>
    public static IReadOnlyList<DisputeStep> DefaultDisputeTimeline { get; } = ValueList<DisputeStep>.From(
    [
        new DisputeStep { After = TimeSpan.FromSeconds(60), Status = DisputeStepStatus.InReview },
        new DisputeStep
        {
            After = TimeSpan.FromSeconds(600),
            Status = DisputeStepStatus.Resolved,
            Resolution = DisputeResolution.Refund,
        },
    ]);

    /// <summary>Status changes after an accept; empty: never paid (fails payment_timeout at paymentUntil).</summary>
    public IReadOnlyList<OrderStep> Order
    {
        get;
        init => field = ValueList<OrderStep>.From(value);
    } = DefaultOrderTimeline;

    /// <summary>Status changes after a dispute is created.</summary>
    public IReadOnlyList<DisputeStep> Dispute
    {
        get;
        init => field = ValueList<DisputeStep>.From(value);
    } = DefaultDisputeTimeline;
}
