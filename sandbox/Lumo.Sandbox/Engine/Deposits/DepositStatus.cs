namespace Lumo.Sandbox.Engine.Deposits;

/// <summary>The deposit statuses of the API (company and user deposits alike).</summary>
internal enum DepositStatus
{
    Pending,
    Confirmed,
    Failed,
}
