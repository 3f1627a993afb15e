namespace Lumo.Sandbox.Testing;

/// <summary>A tenant made for a test: its credentials and API key.</summary>
public sealed record SandboxCompany(Guid Id, string Name, string Email, string Password, string ApiKey, bool IsActive, string Address, string WebhookSecret);

/// <summary>The sandbox clock.</summary>
public sealed record ClockState(DateTimeOffset Now, string Mode);

/// <summary>A request the sandbox recorded (GET /_sandbox/requests).</summary>
public sealed record RecordedRequest(
    DateTimeOffset Time,
    string Method,
    string Path,
    string Query,
    string? Body,
    int Status,
    double DurationMs,
    Guid? CompanyId,
    string? OperationId);

/// <summary>Options for a new tenant; everything is optional.</summary>
public sealed record NewSandboxCompany
{
    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? Password { get; init; }

    public decimal? UsdtBalance { get; init; }

    public decimal? TrxBalance { get; init; }

    public int? QrRateOffsetBps { get; init; }

    public bool? IsActive { get; init; }

    public string? WebhookUrl { get; init; }
}
