namespace Lumo.Sandbox.Engine;

/// <summary>What kind of rule a request broke; the HTTP surface maps each to its status code.</summary>
internal enum EngineErrorKind
{
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
}

/// <summary>A request the engine refuses, with a message meant for the integrator.</summary>
internal sealed class EngineException(EngineErrorKind kind, string message) : Exception(message)
{
    public EngineErrorKind Kind { get; } = kind;

    public static EngineException NotFound(string message) => new(EngineErrorKind.NotFound, message);

    public static EngineException Conflict(string message) => new(EngineErrorKind.Conflict, message);

    public static EngineException BadRequest(string message) => new(EngineErrorKind.BadRequest, message);
}
