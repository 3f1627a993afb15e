namespace Lumo.Sandbox.Testing;

/// <summary>An address a user wallet had before it was replaced.</summary>
/// <param name="Address">The old TRON address.</param>
/// <param name="ReplacedAt">When it was replaced.</param>
public sealed record PreviousAddress(string Address, DateTimeOffset ReplacedAt);
