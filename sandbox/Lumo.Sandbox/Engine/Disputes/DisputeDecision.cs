namespace Lumo.Sandbox.Engine.Disputes;

/// <summary>
/// What staff (the control API or a scenario step) decided: the resolution for resolve, and the comment and name
/// that go with any step. <see cref="RefundAmount"/> is already checked against the order when it gets here.
/// </summary>
internal sealed record DisputeDecision
{
    public const string DefaultResolvedBy = "sandbox";

    public static DisputeDecision None { get; } = new();

    public DisputeResolution? Resolution { get; init; }

    public decimal? RefundAmount { get; init; }

    public string? AdminComment { get; init; }

    public string? ResolvedBy { get; init; }
}
