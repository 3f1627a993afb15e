using Lumo.Sandbox.Engine.Deposits;

namespace Lumo.Sandbox.Http.Control;

/// <summary>A company deposit with its company, for the control API's cross-tenant list.</summary>
internal sealed record SandboxDepositView(
    Guid Id,
    Guid CompanyId,
    string TxHash,
    string FromAddress,
    decimal AmountUsdt,
    string Status,
    int Confirmations,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ConfirmedAt)
{
    public static SandboxDepositView Of(OwnedDeposit owned)
    {
        var d = owned.Deposit;
        return new(d.Id, owned.CompanyId, d.TxHash, d.FromAddress, d.AmountUsdt, d.Status, d.Confirmations, d.CreatedAt, d.ConfirmedAt);
    }
}

/// <summary>GET /_sandbox/deposits.</summary>
internal sealed record SandboxDepositList(IReadOnlyList<SandboxDepositView> Deposits);
