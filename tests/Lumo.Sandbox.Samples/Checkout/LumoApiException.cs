namespace Lumo.Sandbox.Samples.Checkout;

/// <summary>The Lumo API refused a call in a way the checkout cannot handle (a bug, a wrong key, a validation error).</summary>
public sealed class LumoApiException(LumoError error, string request)
    : Exception($"{request} answered {error.StatusCode} {error.Error}: {error.Text}")
{
    /// <summary>The API's error body.</summary>
    public LumoError Error { get; } = error;
}
