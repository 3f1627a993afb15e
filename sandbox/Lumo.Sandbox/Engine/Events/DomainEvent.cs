namespace Lumo.Sandbox.Engine.Events;

/// <summary>Something an integrator can be told about (by webhook): e.g. <c>order.status_changed</c>.</summary>
internal sealed record DomainEvent(string Type, Guid ResourceId, DateTimeOffset CreatedAt, object Data);
