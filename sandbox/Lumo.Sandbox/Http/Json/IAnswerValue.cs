namespace Lumo.Sandbox.Http.Json;

/// <summary>A result that carries the value it answers with (a view record), for observers of what the client saw.</summary>
internal interface IAnswerValue
{
    object? Value { get; }
}
