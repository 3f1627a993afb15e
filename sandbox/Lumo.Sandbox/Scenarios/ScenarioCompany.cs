namespace Lumo.Sandbox.Scenarios;

/// <summary>A company that exists from the start. Null <see cref="Id"/>, <see cref="ApiKey"/> and
/// <see cref="WebhookSecret"/> mean "generate from the seed".</summary>
internal sealed record ScenarioCompany
{
    public Guid? Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The login; unique in the scenario, compared case-insensitively.</summary>
    public required string Email { get; init; }

    public required string Password { get; init; }

    public string? ApiKey { get; init; }

    public bool IsActive { get; init; } = true;

    /// <summary>Available (spendable) USDT.</summary>
    public decimal UsdtBalance { get; init; }

    public decimal TrxBalance { get; init; }

    public int QrRateOffsetBps { get; init; }

    public string? ContactEmail { get; init; }

    public string? ContactTelegram { get; init; }

    public string? WebhookUrl { get; init; }

    public string? DepositForwardAddress { get; init; }

    public string? WebhookSecret { get; init; }

    /// <summary>Every webhook event goes out twice (the same event id), to test that the receiver handles repeats.</summary>
    public bool DeliverWebhooksTwice { get; init; }

    public IReadOnlyList<ScenarioUserWallet> UserWallets
    {
        get;
        init => field = ValueList<ScenarioUserWallet>.From(value);
    } = ValueList<ScenarioUserWallet>.Empty;
}
