using Lumo.Sandbox.Engine.Orders;

namespace Lumo.Sandbox.Http.Control;

/// <summary>GET /_sandbox/health.</summary>
internal sealed record HealthView(string Status);

/// <summary>GET /_sandbox/clock and the answer to advancing it.</summary>
internal sealed record ClockView(DateTimeOffset Now, string Mode);

/// <summary>A tenant made through the control API, with the secrets a test needs.</summary>
internal sealed record SandboxCompanyView(Guid Id, string Name, string Email, string Password, string ApiKey, bool IsActive, string Address, string WebhookSecret);

/// <summary>A company as the console page lists it.</summary>
internal sealed record SandboxCompanySummary(
    Guid Id,
    string Name,
    string Email,
    bool IsActive,
    string ApiKey,
    string Address,
    decimal UsdtBalance,
    decimal FrozenBalance,
    decimal TrxBalance,
    string? WebhookUrl);

/// <summary>GET /_sandbox/companies.</summary>
internal sealed record SandboxCompanyList(IReadOnlyList<SandboxCompanySummary> Companies);

/// <summary>GET /_sandbox/orders.</summary>
internal sealed record SandboxOrderList(IReadOnlyList<OrderView> Orders);
