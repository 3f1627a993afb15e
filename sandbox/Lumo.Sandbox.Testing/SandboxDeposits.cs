namespace Lumo.Sandbox.Testing;

/// <summary>
/// Simulates incoming USDT transfers. A deposit starts <c>pending</c> and gains one confirmation every 3 s of
/// sandbox time; at 19 it is <c>confirmed</c> and credited (advance the clock 57 s, or pass
/// <c>confirmations: 19</c> to have it confirmed at once).
/// </summary>
public sealed class SandboxDeposits
{
    private readonly ControlApiClient _control;

    internal SandboxDeposits(ControlApiClient control) => _control = control;

    /// <summary>A transfer to a company's own deposit address.</summary>
    /// <param name="companyId">The receiving company.</param>
    /// <param name="amountUsdt">The amount (more than 0).</param>
    /// <param name="confirmations">Confirmations it starts with (default 0).</param>
    /// <param name="fail">True: it ends <c>failed</c> and nothing is credited.</param>
    /// <param name="cancellation">Cancels the call.</param>
    public Task<SandboxDeposit> SimulateAsync(Guid companyId, decimal amountUsdt, int? confirmations = null, bool fail = false, CancellationToken cancellation = default) =>
        _control.PostAsync<SandboxDeposit>("_sandbox/deposits", new { companyId, amountUsdt, confirmations, fail }, cancellation);

    /// <summary>A transfer to a user wallet's current address; once confirmed, the company's balance is credited.</summary>
    /// <param name="userWalletId">The receiving user wallet (from <c>POST /user-wallets</c>).</param>
    /// <param name="amountUsdt">The amount (more than 0).</param>
    /// <param name="confirmations">Confirmations it starts with (default 0).</param>
    /// <param name="fail">True: it ends <c>failed</c> and nothing is credited.</param>
    /// <param name="cancellation">Cancels the call.</param>
    public Task<SandboxUserDeposit> SimulateUserDepositAsync(Guid userWalletId, decimal amountUsdt, int? confirmations = null, bool fail = false, CancellationToken cancellation = default) =>
        _control.PostAsync<SandboxUserDeposit>($"_sandbox/user-wallets/{userWalletId}/deposits", new { amountUsdt, confirmations, fail }, cancellation);

    /// <summary>Company deposits of every company (or of one), newest first.</summary>
    /// <param name="companyId">Only this company's deposits.</param>
    /// <param name="limit">At most this many (1..1000).</param>
    /// <param name="cancellation">Cancels the call.</param>
    public async Task<IReadOnlyList<SandboxDeposit>> ListAsync(Guid? companyId = null, int limit = 50, CancellationToken cancellation = default)
    {
        var query = ControlApiClient.WithQuery("_sandbox/deposits", ("companyId", companyId), ("limit", limit));
        return (await _control.GetAsync<DepositList>(query, cancellation).ConfigureAwait(false)).Deposits;
    }

    private sealed record DepositList(IReadOnlyList<SandboxDeposit> Deposits);
}
