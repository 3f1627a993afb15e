namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>Everything observable about the sandbox and one company, read as JSON text, to compare before and after.</summary>
internal static class StateSnapshot
{
    private static readonly string[] ControlPaths =
    [
        "_sandbox/companies", "_sandbox/clock", "_sandbox/scenario", "_sandbox/orders?limit=1000", "_sandbox/disputes?limit=1000",
        "_sandbox/deposits?limit=1000", "_sandbox/webhooks?limit=1000",
    ];

    private static readonly string[] CompanyPaths =
    [
        "orders?limit=100", "disputes?limit=100", "wallets/deposits?limit=100", "wallets/balance", "user-wallets?limit=100",
        "user-wallets/blocked?limit=100", "auth/company/profile",
    ];

    public static async Task<Dictionary<string, string>> TakeAsync(HttpClient control, HttpClient api)
    {
        var state = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in ControlPaths)
        {
            state[path] = await control.GetStringAsync(new Uri(path, UriKind.Relative));
        }

        foreach (var path in CompanyPaths)
        {
            state[path] = await api.GetStringAsync(new Uri(path, UriKind.Relative));
        }

        return state;
    }
}
