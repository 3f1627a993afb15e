using System.Text.Json;

namespace Lumo.Sandbox.Samples.Checkout;

/// <summary>A webhook request's body: <c>{id, type, createdAt, data}</c>; for <c>order.status_changed</c>, <c>data</c> is the order.</summary>
public sealed record LumoWebhookEvent(Guid Id, string Type, DateTimeOffset CreatedAt, JsonElement Data);
