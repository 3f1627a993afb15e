namespace Lumo.Sandbox.Engine.Companies;

/// <summary>What a new tenant starts with; blanks are generated from the seed.</summary>
internal sealed record NewCompany
{
    public Guid? Id { get; init; }

    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? Password { get; init; }

    public string? ApiKey { get; init; }

    public bool IsActive { get; init; } = true;

    public decimal UsdtBalance { get; init; }

    public decimal TrxBalance { get; init; }

    public int QrRateOffsetBps { get; init; }

    public string? ContactEmail { get; init; }

    public string? ContactTelegram { get; init; }

    public string? WebhookUrl { get; init; }

    public string? WebhookSecret { get; init; }

    public bool DeliverWebhooksTwice { get; init; }

    public string? DepositForwardAddress { get; init; }
}
