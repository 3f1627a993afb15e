namespace Lumo.Sandbox.Engine.Orders;

/// <summary>The order statuses of the API; their wire names are snake_case (see <see cref="OrderStatusNames"/>).</summary>
internal enum OrderStatus
{
    Created,
    InProgress,
    Success,
    Failed,
    Disputed,
}

internal enum OrderTrigger
{
    /// <summary>The payment has started (created → in_progress).</summary>
    Start,

    /// <summary>The merchant was paid: the frozen USDT is spent.</summary>
    Complete,

    /// <summary>The payment was rejected: the frozen USDT is released.</summary>
    Fail,

    /// <summary>Not paid by paymentUntil: the frozen USDT is released.</summary>
    Timeout,

    /// <summary>A dispute was opened on a finished order.</summary>
    Dispute,
}

internal static class OrderStatusNames
{
    public static string ToWire(this OrderStatus status) => status switch
    {
        OrderStatus.Created => "created",
        OrderStatus.InProgress => "in_progress",
        OrderStatus.Success => "success",
        OrderStatus.Failed => "failed",
        OrderStatus.Disputed => "disputed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static OrderStatus? FromWire(string? value) => value switch
    {
        "created" => OrderStatus.Created,
        "in_progress" => OrderStatus.InProgress,
        "success" => OrderStatus.Success,
        "failed" => OrderStatus.Failed,
        "disputed" => OrderStatus.Disputed,
        _ => null,
    };
}
