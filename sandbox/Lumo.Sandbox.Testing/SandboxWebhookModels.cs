using System.Text.Json;

namespace Lumo.Sandbox.Testing;

/// <summary>
/// One webhook event on its way to a company's receiver (GET /_sandbox/webhooks). <c>Status</c> is pending,
/// delivered or failed (given up after the last retry); <c>NextAttemptAt</c> is when the next retry is due (null
/// when finished or waiting behind an earlier event of the same resource); <c>Payload</c> is the request body
/// <c>{id, type, createdAt, data}</c>.
/// </summary>
public sealed record SandboxWebhookDelivery(
    Guid EventId,
    string Type,
    Guid CompanyId,
    string Url,
    string Status,
    IReadOnlyList<SandboxWebhookAttempt> Attempts,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset CreatedAt,
    JsonElement Payload);

/// <summary>One try: its sandbox time, the receiver's status code (null when none came) or the transport error.</summary>
public sealed record SandboxWebhookAttempt(DateTimeOffset At, int? StatusCode, string? Error, int DurationMs);
