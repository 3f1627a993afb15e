namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>
/// The scenario of the concurrency run: the amount of a quote decides the order's timeline, so every order's end
/// state follows from its amount and what the control API answered. 100–199.99 RUB succeed 3 s after accept,
/// 200–299.99 RUB fail 5 s after accept, anything else is never paid and times out at paymentUntil (300 s).
/// </summary>
internal static class InvariantScenario
{
    public const decimal UsdtRub = 95m;

    public const string Json = """
        {
          "name": "hardening-invariants",
          "seed": 6,
          "clock": { "mode": "virtual", "start": "2026-01-01T00:00:00Z" },
          "rate": { "usdtRub": 95.00 },
          "companies": [ { "name": "Placeholder", "email": "placeholder@lumo.test", "password": "p" } ],
          "defaults": {
            "order": [],
            "dispute": [
              { "afterSeconds": 60, "status": "in_review" },
              { "afterSeconds": 400, "status": "resolved", "resolution": "refund" }
            ]
          },
          "rules": [
            { "name": "paid", "when": { "amountRub": { "min": 100, "max": 199.99 } }, "then": { "order": [ { "afterSeconds": 3, "status": "success" } ] } },
            { "name": "rejected", "when": { "amountRub": { "min": 200, "max": 299.99 } }, "then": { "order": [ { "afterSeconds": 5, "status": "failed", "failureReason": "payment_rejected" } ] } },
            { "name": "confirmed disputes", "when": { "reason": "*confirm*" }, "then": { "dispute": [ { "afterSeconds": 90, "status": "resolved", "resolution": "confirm" } ] } }
          ]
        }
        """;

    /// <summary>How an order ends when nobody intervenes, by the amount class of its quote.</summary>
    public static (string Status, string FailureReason) TimelineOutcome(decimal amountRub) => amountRub switch
    {
        >= 100m and < 200m => ("success", ""),
        >= 200m and < 300m => ("failed", "payment_rejected"),
        _ => ("failed", "payment_timeout"),
    };
}
