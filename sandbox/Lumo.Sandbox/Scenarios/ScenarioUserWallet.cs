namespace Lumo.Sandbox.Scenarios;

/// <summary>A user wallet that exists from the start; its address is generated from the seed.</summary>
internal sealed record ScenarioUserWallet
{
    /// <summary>The user's id in the company's system; unique within the company.</summary>
    public required string ExternalId { get; init; }

    public bool IsBlocked { get; init; }

    public string? BlockReason { get; init; }
}
