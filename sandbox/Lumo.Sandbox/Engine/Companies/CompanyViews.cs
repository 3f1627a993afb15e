namespace Lumo.Sandbox.Engine.Companies;

/// <summary>{id, name, email}: the company inside a login response.</summary>
internal sealed record CompanyRef(Guid Id, string Name, string Email);

/// <summary>POST /auth/company/login.</summary>
internal sealed record LoginView(CompanyRef Company, string ApiKey);

/// <summary>POST /auth/company/regenerate-key.</summary>
internal sealed record ApiKeyView(string ApiKey);

/// <summary>GET/PATCH /auth/company/profile.</summary>
internal sealed record CompanyProfileView(
    Guid Id,
    string Name,
    string Email,
    bool IsActive,
    string? ContactEmail,
    string? ContactTelegram,
    string? WebhookUrl,
    string? DepositForwardAddress);

/// <summary>A PATCH of the profile: a property that is absent stays as it is; null clears it.</summary>
internal sealed record ProfilePatch(
    Optional<string?> ContactEmail,
    Optional<string?> ContactTelegram,
    Optional<string?> WebhookUrl,
    Optional<string?> DepositForwardAddress);

/// <summary>GET /wallets/balance: available USDT, USDT frozen for open orders, and TRX.</summary>
internal sealed record WalletBalanceView(string Address, decimal UsdtBalance, decimal TrxBalance, decimal FrozenBalance);

/// <summary>A value that may be absent (not the same as null) in a PATCH.</summary>
internal readonly record struct Optional<T>(bool HasValue, T Value)
{
    public static Optional<T> Absent => default;

    public T Or(T current) => HasValue ? Value : current;
}
