namespace Lumo.Sandbox.Testing;

/// <summary>
/// Plays the platform's part for disputes: take one into review, resolve it (refund, confirm, partial refund) or
/// reject it, now, instead of waiting for the scenario's dispute timeline.
/// </summary>
public sealed class SandboxDisputes
{
    private readonly ControlApiClient _control;

    internal SandboxDisputes(ControlApiClient control) => _control = control;

    /// <summary>Disputes of every company (or of one), newest first.</summary>
    /// <param name="companyId">Only this company's disputes.</param>
    /// <param name="status">Only disputes in this status, e.g. <c>submitted</c>.</param>
    /// <param name="limit">At most this many (1..1000).</param>
    /// <param name="cancellation">Cancels the call.</param>
    public async Task<IReadOnlyList<SandboxDispute>> ListAsync(Guid? companyId = null, string? status = null, int limit = 50, CancellationToken cancellation = default)
    {
        var query = ControlApiClient.WithQuery("_sandbox/disputes", ("companyId", companyId), ("status", status), ("limit", limit));
        return (await _control.GetAsync<DisputeList>(query, cancellation).ConfigureAwait(false)).Disputes;
    }

    /// <summary>Moves a <c>submitted</c> dispute to <c>in_review</c>; any other status answers 409.</summary>
    /// <param name="disputeId">The dispute.</param>
    /// <param name="cancellation">Cancels the call.</param>
    public Task<SandboxDispute> ReviewAsync(Guid disputeId, CancellationToken cancellation = default) =>
        _control.PostAsync<SandboxDispute>($"_sandbox/disputes/{disputeId}/review", null, cancellation);

    /// <summary>
    /// Resolves an open dispute. <see cref="DisputeResolution.Refund"/> gives back what the order spent,
    /// <see cref="DisputeResolution.PartialRefund"/> gives back <paramref name="refundAmount"/> (required),
    /// <see cref="DisputeResolution.Confirm"/> gives back nothing. A closed dispute answers 409.
    /// </summary>
    /// <param name="disputeId">The dispute.</param>
    /// <param name="resolution">The decision.</param>
    /// <param name="refundAmount">USDT to give back; only with <see cref="DisputeResolution.PartialRefund"/>.</param>
    /// <param name="adminComment">The platform's comment, shown to the company.</param>
    /// <param name="resolvedBy">Who decided (default <c>sandbox</c>).</param>
    /// <param name="cancellation">Cancels the call.</param>
    public Task<SandboxDispute> ResolveAsync(
        Guid disputeId,
        DisputeResolution resolution,
        decimal? refundAmount = null,
        string? adminComment = null,
        string? resolvedBy = null,
        CancellationToken cancellation = default) =>
        _control.PostAsync<SandboxDispute>(
            $"_sandbox/disputes/{disputeId}/resolve",
            new { resolution, refundAmount, adminComment, resolvedBy },
            cancellation);

    /// <summary>Rejects an open dispute without any refund. A closed dispute answers 409.</summary>
    /// <param name="disputeId">The dispute.</param>
    /// <param name="adminComment">The platform's comment, shown to the company.</param>
    /// <param name="resolvedBy">Who decided (default <c>sandbox</c>).</param>
    /// <param name="cancellation">Cancels the call.</param>
    public Task<SandboxDispute> RejectAsync(Guid disputeId, string? adminComment = null, string? resolvedBy = null, CancellationToken cancellation = default) =>
        _control.PostAsync<SandboxDispute>($"_sandbox/disputes/{disputeId}/reject", new { adminComment, resolvedBy }, cancellation);

    private sealed record DisputeList(IReadOnlyList<SandboxDispute> Disputes);
}
