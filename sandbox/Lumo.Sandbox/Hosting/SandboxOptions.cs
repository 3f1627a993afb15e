using System.Net;
using Lumo.Sandbox.Engine.Clock;
using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Hosting;

/// <summary>How the sandbox server runs. Command-line flags win over <c>LUMO_SANDBOX_*</c> environment variables.</summary>
public sealed record SandboxOptions
{
    /// <summary>TCP port. Default 8080; 0 picks a free port (the test fixture does).</summary>
    public int Port { get; init; } = 8080;

    /// <summary>
    /// Address to listen on. Null (the default outside a container) is loopback only, 127.0.0.1 and [::1]: the
    /// control API is open, so other machines must not reach it unless asked. <see cref="IPAddress.Any"/> or
    /// <see cref="IPAddress.IPv6Any"/> is every interface (the default inside a container, which needs it).
    /// </summary>
    public IPAddress? ListenAddress { get; init; }

    /// <summary>Scenario file; null loads the embedded default scenario (scenarios/default.json).</summary>
    public string? ScenarioPath { get; init; }

    /// <summary>Scenario JSON text, for fixtures that build a scenario in code; wins over <see cref="ScenarioPath"/>.</summary>
    public string? ScenarioJson { get; init; }

    /// <summary>OpenAPI document; null uses the embedded one.</summary>
    public string? OpenApiPath { get; init; }

    /// <summary>"real" or "virtual"; null keeps the scenario's choice (real by default).</summary>
    public string? Clock { get; init; }

    /// <summary>When set, the control API requires the header X-Sandbox-Admin-Token with this value.</summary>
    public string? AdminToken { get; init; }

    /// <summary>Requests kept by the journal (GET /_sandbox/requests). Default 10 000.</summary>
    public int JournalSize { get; init; } = 10_000;

    /// <summary>Minimum level of the one-line-per-request log (category Lumo.Sandbox.Requests). Default Information.</summary>
    public LogLevel RequestLogLevel { get; init; } = LogLevel.Information;

    /// <summary>"AGE[,COUNT]" or "off" (see <see cref="RetentionOption"/>); null keeps the scenario's timing.</summary>
    public string? Retention { get; init; }

    /// <summary>
    /// Proxy mode: the real API's base URL (it may have a path). Public API calls are forwarded there and both
    /// directions are checked against the document (GET /_sandbox/drift); null serves the sandbox's own behaviour.
    /// </summary>
    public Uri? Upstream { get; init; }

    /// <summary>How long the upstream has to answer a proxied call before the client gets 504. Default 30 s.</summary>
    public TimeSpan UpstreamTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a webhook receiver has to answer before the attempt counts as failed (5 s; tests shorten it).</summary>
    internal TimeSpan WebhookTimeout { get; init; } = Webhooks.WebhookSender.DefaultTimeout;

    /// <summary>
    /// The server owns the process (docker, dotnet run, the tool): the request log writes to standard output itself.
    /// Off in-process, where the host (a test runner) may have redirected <see cref="Console.Out"/> and should get the lines.
    /// </summary>
    internal bool OwnsStandardOutput { get; init; }

    internal ClockMode? ClockMode => Clock is null
        ? null
        : WireNames.Parse<ClockMode>(Clock) ?? throw new SandboxOptionsException($"--clock must be {string.Join(" or ", WireNames.All<ClockMode>())}, not '{Clock}'");
}

/// <summary>A flag or environment variable the sandbox cannot use.</summary>
public sealed class SandboxOptionsException(string message) : Exception(message);
