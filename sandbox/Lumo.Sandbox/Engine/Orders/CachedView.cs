namespace Lumo.Sandbox.Engine.Orders;

/// <summary>An order's view with the state version it was made from (see <see cref="Order.View"/>).</summary>
internal sealed record CachedView(OrderView View, int Version);
