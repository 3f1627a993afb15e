namespace Lumo.Sandbox.Tests.Support;

/// <summary>The sandbox answered something its own OpenAPI document does not allow.</summary>
public sealed class ContractViolationException(string message) : Exception(message);
