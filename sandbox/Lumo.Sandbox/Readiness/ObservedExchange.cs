namespace Lumo.Sandbox.Readiness;

/// <summary>
/// One API call as the client saw it: what it sent and what it was answered (status, the answer's value when the
/// handler produced one, the error message, the replay header). Status 499: the client went away before its answer.
/// A value passed by reference: one is made for every API call, and only its <see cref="ToEvidence"/> is kept.
/// </summary>
internal readonly record struct ObservedExchange
{
    public required DateTimeOffset At { get; init; }

    public required string Method { get; init; }

    public required string Path { get; init; }

    public required string Query { get; init; }

    public required string OperationId { get; init; }

    public required int Status { get; init; }

    public Guid? CompanyId { get; init; }

    /// <summary>The <c>{id}</c> route value, when the path has one.</summary>
    public string? RouteId { get; init; }

    public string? IdempotencyKey { get; init; }

    /// <summary>The answer carried <c>Idempotent-Replayed: true</c>.</summary>
    public bool Replayed { get; init; }

    /// <summary>The handler's answer (a view record) when the client was sent one.</summary>
    public object? Answer { get; init; }

    /// <summary>The error body's message, for error answers.</summary>
    public string? ErrorMessage { get; init; }

    public bool Succeeded => Status is >= 200 and <= 299;

    /// <summary>An error answer, or none at all.</summary>
    public bool Failed => Status >= 400;

    public ReadinessEvidence ToEvidence() => new(At, Method, Path, OperationId, Status, CompanyId, null);
}
