namespace Lumo.Sandbox.Testing;

/// <summary>Plays the platform's part for orders: the merchant was paid, or the payment failed, now.</summary>
public sealed class SandboxOrders
{
    private readonly ControlApiClient _control;

    internal SandboxOrders(ControlApiClient control) => _control = control;

    /// <summary>Completes an open order (success; its frozen USDT is spent). A finished order answers 409.</summary>
    /// <param name="orderId">The order (the id of the accepted quote).</param>
    /// <param name="cancellation">Cancels the call.</param>
    /// <returns>The completed order.</returns>
    public Task<SandboxOrder> CompleteAsync(Guid orderId, CancellationToken cancellation = default) =>
        _control.PostAsync<SandboxOrder>($"_sandbox/orders/{orderId}/complete", null, cancellation);

    /// <summary>Fails an open order (its frozen USDT is released). A finished order answers 409.</summary>
    /// <param name="orderId">The order (the id of the accepted quote).</param>
    /// <param name="failureReason">The order's <c>failureReason</c>.</param>
    /// <param name="cancellation">Cancels the call.</param>
    /// <returns>The failed order.</returns>
    public Task<SandboxOrder> FailAsync(Guid orderId, string failureReason = "payment_rejected", CancellationToken cancellation = default) =>
        _control.PostAsync<SandboxOrder>($"_sandbox/orders/{orderId}/fail", new { failureReason }, cancellation);

    /// <summary>Orders of every company (or of one), newest first.</summary>
    /// <param name="companyId">Only this company's orders.</param>
    /// <param name="status">Only orders in this status, e.g. <c>in_progress</c>.</param>
    /// <param name="limit">At most this many (1..1000).</param>
    /// <param name="cancellation">Cancels the call.</param>
    public async Task<IReadOnlyList<SandboxOrder>> ListAsync(Guid? companyId = null, string? status = null, int limit = 50, CancellationToken cancellation = default)
    {
        var query = ControlApiClient.WithQuery("_sandbox/orders", ("companyId", companyId), ("status", status), ("limit", limit));
        return (await _control.GetAsync<OrderList>(query, cancellation).ConfigureAwait(false)).Orders;
    }

    private sealed record OrderList(IReadOnlyList<SandboxOrder> Orders);
}
