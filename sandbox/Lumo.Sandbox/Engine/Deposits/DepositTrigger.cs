namespace Lumo.Sandbox.Engine.Deposits;

internal enum DepositTrigger
{
    /// <summary>One more block on top of the transfer: a confirmation, still pending.</summary>
    Confirm,

    /// <summary>Enough confirmations: final, and credited (once).</summary>
    Settle,

    /// <summary>The transfer failed: final, nothing credited.</summary>
    Fail,
}
