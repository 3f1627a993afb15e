namespace Lumo.Sandbox.Testing;

/// <summary>Options for a new tenant; everything is optional (unique name, email, password and key are generated).</summary>
public sealed record NewSandboxCompany
{
    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>Login email; must be unique in the sandbox.</summary>
    public string? Email { get; init; }

    /// <summary>Login password.</summary>
    public string? Password { get; init; }

    /// <summary>Available (spendable) USDT at the start; default 0.</summary>
    public decimal? UsdtBalance { get; init; }

    /// <summary>TRX at the start; default 0.</summary>
    public decimal? TrxBalance { get; init; }

    /// <summary>The company's commission in basis points (0..10000): rate = round2(baseRate × (1 − bps / 10000)).</summary>
    public int? QrRateOffsetBps { get; init; }

    /// <summary>False makes every API call of the company answer 403; default true.</summary>
    public bool? IsActive { get; init; }

    /// <summary>Where the sandbox POSTs this company's webhook events; null: no webhooks.</summary>
    public string? WebhookUrl { get; init; }
}
