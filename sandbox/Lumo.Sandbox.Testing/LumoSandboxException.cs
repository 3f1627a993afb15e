namespace Lumo.Sandbox.Testing;

/// <summary>The sandbox refused a control call, or could not be reached; the message has its answer.</summary>
public sealed class LumoSandboxException : Exception
{
    /// <summary>A refusal described by <paramref name="message"/>.</summary>
    public LumoSandboxException(string message)
        : base(message)
    {
    }

    /// <summary>A failure described by <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public LumoSandboxException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The HTTP status the sandbox answered, when it answered.</summary>
    public int? StatusCode { get; init; }
}
