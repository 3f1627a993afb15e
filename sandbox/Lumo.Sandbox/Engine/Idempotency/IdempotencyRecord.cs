using Lumo.Sandbox.Engine.Orders;

namespace Lumo.Sandbox.Engine.Idempotency;

/// <summary>
/// The answer to a request made with an Idempotency-Key: the immutable view it answered with, so a replay shows
/// exactly the first answer whatever has happened to the order since. How it is written is the HTTP layer's business.
/// </summary>
internal sealed record IdempotencyRecord(string Key, Guid ResourceId, OrderView Answer, DateTimeOffset ExpiresAt);
