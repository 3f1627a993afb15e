namespace Lumo.Sandbox.Webhooks;

/// <summary>
/// When a failed delivery is tried again, on the sandbox clock: 10 s, 30 s, 2 min, 10 min and 1 h after the
/// failed attempt, so six attempts in all; after the sixth failure the delivery is given up (failed).
/// </summary>
internal static class WebhookRetryPolicy
{
    private static readonly TimeSpan[] Backoff =
    [
        TimeSpan.FromSeconds(10),
        TimeSpan.FromSeconds(30),
        TimeSpan.FromMinutes(2),
        TimeSpan.FromMinutes(10),
        TimeSpan.FromHours(1),
    ];

    public static int MaxAttempts => Backoff.Length + 1;

    /// <summary>The wait before the next try after <paramref name="failedAttempts"/> failures; null: give up.</summary>
    public static TimeSpan? DelayAfter(int failedAttempts) =>
        failedAttempts >= 1 && failedAttempts <= Backoff.Length ? Backoff[failedAttempts - 1] : null;
}
