namespace Lumo.Sandbox.Engine.Idempotency;

/// <summary>The stored answer to a request made with an Idempotency-Key.</summary>
internal sealed record IdempotencyRecord(string Key, Guid ResourceId, int StatusCode, byte[] Body, DateTimeOffset ExpiresAt);
