using System.Globalization;
using System.Net;

namespace Lumo.Sandbox.Hosting;

/// <summary>Reads <see cref="SandboxOptions"/> from flags (<c>--port 18080</c>) and <c>LUMO_SANDBOX_*</c> variables.</summary>
public static class SandboxOptionsParser
{
    public const string Usage = """
        Usage: Lumo.Sandbox [--host ADDRESS] [--port N] [--scenario PATH] [--openapi PATH] [--clock real|virtual]
                            [--admin-token TOKEN] [--journal-size N] [--request-log information|warning|none]
                            [--retention AGE[,COUNT]|off] [--upstream URL [--upstream-timeout SECONDS]]
               Lumo.Sandbox drift --upstream URL --api-key KEY [--openapi PATH] [--format markdown|json]
          --host  localhost (127.0.0.1 and [::1]), * (every interface) or one IP address. Default localhost;
                  * inside a container (DOTNET_RUNNING_IN_CONTAINER=true, set by the official .NET images).
                  The control API has no token unless --admin-token is given: listen beyond localhost with care.
          --port  default 8080; 0 picks a free port.
        Environment: LUMO_SANDBOX_HOST, LUMO_SANDBOX_PORT, LUMO_SANDBOX_SCENARIO, LUMO_SANDBOX_OPENAPI,
                     LUMO_SANDBOX_CLOCK, LUMO_SANDBOX_ADMIN_TOKEN, LUMO_SANDBOX_JOURNAL_SIZE, LUMO_SANDBOX_REQUEST_LOG,
                     LUMO_SANDBOX_RETENTION, LUMO_SANDBOX_UPSTREAM, LUMO_SANDBOX_UPSTREAM_TIMEOUT (flags win).
        AGE: a number with s, m, h or d (7d); COUNT: orders per company.
        --upstream forwards every public API call to the real API and reports where it differs from the
        document (GET /_sandbox/drift); drift probes the real API read-only and exits 0 (conforms), 1 (drift)
        or 2 (unreachable, or the key is refused).
        """;

    private static readonly string[] Names = ["host", "port", "scenario", "openapi", "clock", "admin-token", "journal-size", "request-log", "retention", "upstream", "upstream-timeout"];

    public static SandboxOptions Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        var values = CommandLineFlags.Read(args, Names, Names, environment, Usage);

        var options = new SandboxOptions
        {
            ScenarioPath = values.GetValueOrDefault("scenario"),
            OpenApiPath = values.GetValueOrDefault("openapi"),
            Clock = values.GetValueOrDefault("clock"),
            AdminToken = values.GetValueOrDefault("admin-token"),
            Retention = values.GetValueOrDefault("retention"),
        };
        options = options with
        {
            ListenAddress = values.TryGetValue("host", out var host)
                ? ListenAddressOf(host)
                : string.Equals(environment("DOTNET_RUNNING_IN_CONTAINER"), "true", StringComparison.OrdinalIgnoreCase) ? IPAddress.Any : null,
        };
        if (values.TryGetValue("port", out var port))
        {
            options = options with { Port = Integer("port", port, 0, 65535) };
        }

        if (values.TryGetValue("journal-size", out var size))
        {
            options = options with { JournalSize = Integer("journal-size", size, 1, 10_000_000) };
        }

        if (values.TryGetValue("request-log", out var level))
        {
            options = options with { RequestLogLevel = LogLevelOf(level) };
        }

        if (values.TryGetValue("upstream", out var upstream))
        {
            options = options with { Upstream = UpstreamUri(upstream) };
        }

        if (values.TryGetValue("upstream-timeout", out var timeout))
        {
            options = options with { UpstreamTimeout = TimeSpan.FromSeconds(Seconds("upstream-timeout", timeout)) };
        }

        _ = options.ClockMode; // validates --clock and --retention now, before anything starts
        _ = RetentionOption.Parse(options.Retention);
        return options;
    }

    private static int Integer(string name, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new SandboxOptionsException($"--{name} must be a whole number from {min} to {max}, not '{text}'");

    private static IPAddress? ListenAddressOf(string host) => host.ToLowerInvariant() switch
    {
        "localhost" => null,
        "*" => IPAddress.Any,
        _ when IPAddress.TryParse(host.Trim('[', ']'), out var address) => address,
        _ => throw new SandboxOptionsException($"--host must be localhost, * or an IP address, not '{host}'"),
    };

    /// <summary>An absolute http(s) URL; the drift command reads its --upstream with this too.</summary>
    internal static Uri UpstreamUri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Query.Length == 0
            ? uri
            : throw new SandboxOptionsException($"--upstream must be an absolute http or https URL without a query, not '{text}'");

    // Fractions are allowed (0.2 for 200 ms), so tests can use a short timeout.
    internal static double Seconds(string name, string text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= 3600
            ? value
            : throw new SandboxOptionsException($"--{name} must be a number of seconds above 0 and at most 3600, not '{text}'");

    private static LogLevel LogLevelOf(string text) => text.ToLowerInvariant() switch
    {
        "information" or "info" => LogLevel.Information,
        "warning" or "warn" => LogLevel.Warning,
        "none" or "off" => LogLevel.None,
        _ => throw new SandboxOptionsException($"--request-log must be information, warning or none, not '{text}'"),
    };
}
