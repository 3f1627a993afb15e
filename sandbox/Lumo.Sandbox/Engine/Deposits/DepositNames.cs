namespace Lumo.Sandbox.Engine.Deposits;

/// <summary>Wire names of deposit statuses.</summary>
internal static class DepositNames
{
    public static string ToWire(this DepositStatus status) => status switch
    {
        DepositStatus.Pending => "pending",
        DepositStatus.Confirmed => "confirmed",
        DepositStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static DepositStatus? FromWire(string? value) => value switch
    {
        "pending" => DepositStatus.Pending,
        "confirmed" => DepositStatus.Confirmed,
        "failed" => DepositStatus.Failed,
        _ => null,
    };
}
