using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Engine.Orders;

/// <summary>The order statuses of the API.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrderStatus>))]
internal enum OrderStatus
{
    [JsonStringEnumMemberName("created")]
    Created,

    [JsonStringEnumMemberName("in_progress")]
    InProgress,

    [JsonStringEnumMemberName("success")]
    Success,

    [JsonStringEnumMemberName("failed")]
    Failed,

    [JsonStringEnumMemberName("disputed")]
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
