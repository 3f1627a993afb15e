using Lumo.Sandbox.Http.Auth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Lumo.Sandbox.Hosting;

/// <summary>The one start-up line: where the sandbox listens and whether its control API needs a token.</summary>
internal static class StartupReport
{
    public const string Category = "Lumo.Sandbox.Startup";

    public static string Describe(IEnumerable<string> addresses, bool tokenRequired) =>
        $"Lumo.Sandbox listening on {string.Join(", ", addresses.Select(Reach))}; control API (/_sandbox): "
        + (tokenRequired ? $"needs the header {AdminTokenGuard.HeaderName}" : "open, no admin token (start with --admin-token to require one)");

    private static string Reach(string address) =>
        address.Contains("//localhost:", StringComparison.Ordinal) ? $"{address} (127.0.0.1 and [::1]: this machine only)"
        : address.Contains("//[::]:", StringComparison.Ordinal) || address.Contains("//0.0.0.0:", StringComparison.Ordinal) ? $"{address} (every interface)"
        : address;

    public static void Log(WebApplication app, SandboxOptions options)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category)
            .LogInformation("{Report}", Describe(addresses, options.AdminToken is not null));
    }
}
