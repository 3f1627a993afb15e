namespace Lumo.Sandbox.Testing;

/// <summary>Plays the platform's compliance part for user wallets: block and unblock them.</summary>
public sealed class SandboxUserWallets
{
    private readonly ControlApiClient _control;

    internal SandboxUserWallets(ControlApiClient control) => _control = control;

    /// <summary>Blocks a user wallet; blocking a blocked wallet updates its reason.</summary>
    /// <param name="userWalletId">The user wallet.</param>
    /// <param name="reason">Its <c>blockReason</c> (default <c>Blocked by sandbox</c>).</param>
    /// <param name="cancellation">Cancels the call.</param>
    public Task<SandboxUserWallet> BlockAsync(Guid userWalletId, string? reason = null, CancellationToken cancellation = default) =>
        _control.PostAsync<SandboxUserWallet>($"_sandbox/user-wallets/{userWalletId}/block", new { reason }, cancellation);

    /// <summary>Unblocks a user wallet and clears its reason; an unblocked wallet stays as it is.</summary>
    /// <param name="userWalletId">The user wallet.</param>
    /// <param name="cancellation">Cancels the call.</param>
    public Task<SandboxUserWallet> UnblockAsync(Guid userWalletId, CancellationToken cancellation = default) =>
        _control.PostAsync<SandboxUserWallet>($"_sandbox/user-wallets/{userWalletId}/unblock", null, cancellation);
}
