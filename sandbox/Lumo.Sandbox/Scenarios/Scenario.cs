namespace Lumo.Sandbox.Scenarios;

/// <summary>
/// A loaded scenario file (see scenarios/scenario.schema.json). Every optional setting that has a documented
/// default already holds it; null only means "generate it" or "not given".
/// </summary>
internal sealed record Scenario
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Drives every generated id, address, hash, key and fake value.</summary>
    public int Seed { get; init; } = 1;

    public ScenarioClock Clock { get; init; } = new();

    public ScenarioRate Rate { get; init; } = new();

    public ScenarioTiming Timing { get; init; } = new();

    public required IReadOnlyList<ScenarioCompany> Companies
    {
        get;
        init => field = ValueList<ScenarioCompany>.From(value);
    }

    public ScenarioDefaults Defaults { get; init; } = new();

    /// <summary>Evaluated in order; compile them with <see cref="Rules.ScenarioRules"/>.</summary>
    public IReadOnlyList<ScenarioRule> Rules
    {
        get;
        init => field = ValueList<ScenarioRule>.From(value);
    } = ValueList<ScenarioRule>.Empty;

    public IReadOnlyList<ScheduledDeposit> Deposits
    {
        get;
        init => field = ValueList<ScheduledDeposit>.From(value);
    } = ValueList<ScheduledDeposit>.Empty;

    /// <summary>The company a scheduled deposit names: emails compare case-insensitively, like logins.</summary>
    public ScenarioCompany? FindCompanyByEmail(string email) =>
        Companies.FirstOrDefault(company => string.Equals(company.Email, email, StringComparison.OrdinalIgnoreCase));
}
