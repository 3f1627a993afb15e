using System.Text.Json;

namespace Lumo.Sandbox.Testing;

/// <summary>Plays the platform's part for orders: the merchant was paid, or the payment failed, now.</summary>
public sealed class SandboxOrders
{
    private readonly ControlApiClient _control;

    internal SandboxOrders(ControlApiClient control) => _control = control;

    /// <summary>Completes an open order (success; its frozen USDT is spent). Returns the order JSON.</summary>
    public Task<JsonElement> CompleteAsync(Guid orderId, CancellationToken cancellation = default) =>
        _control.PostAsync<JsonElement>($"_sandbox/orders/{orderId}/complete", null, cancellation);

    /// <summary>Fails an open order (its frozen USDT is released). Returns the order JSON.</summary>
    public Task<JsonElement> FailAsync(Guid orderId, string failureReason = "payment_rejected", CancellationToken cancellation = default) =>
        _control.PostAsync<JsonElement>($"_sandbox/orders/{orderId}/fail", new { failureReason }, cancellation);
}
