using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Scenarios;

/// <summary>Durations and counts that shape the flows; the JSON names carry a Seconds suffix.</summary>
internal sealed record ScenarioTiming
{
    [JsonPropertyName("quoteTtlSeconds")]
    public TimeSpan QuoteTtl { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>An accepted order's paymentUntil is its createdAt plus this.</summary>
    [JsonPropertyName("paymentWindowSeconds")]
    public TimeSpan PaymentWindow { get; init; } = TimeSpan.FromMinutes(5);

    [JsonPropertyName("idempotencyKeyTtlSeconds")]
    public TimeSpan IdempotencyKeyTtl { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Deposits gain one confirmation per interval.</summary>
    [JsonPropertyName("confirmationIntervalSeconds")]
    public TimeSpan ConfirmationInterval { get; init; } = TimeSpan.FromSeconds(3);

    public int ConfirmationsRequired { get; init; } = 19;

    /// <summary>Finished orders untouched this long are forgotten (with their disputes).</summary>
    [JsonPropertyName("retentionSeconds")]
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Finished orders beyond a company's newest this many are forgotten.</summary>
    public int RetentionMaxOrders { get; init; } = 100_000;
}
