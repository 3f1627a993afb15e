namespace Lumo.Sandbox.Testing;

/// <summary>
/// A verification failed: the requests or readiness cases a test expected are not what the integration did. The
/// message says what was expected and what happened instead (recent requests, or the missing cases with hints).
/// </summary>
public sealed class SandboxVerificationException : Exception
{
    /// <summary>A failed verification described by <paramref name="message"/>.</summary>
    public SandboxVerificationException(string message)
        : base(message)
    {
    }
}
