using System.Net;
using Lumo.Sandbox.Engine.Support;
using Lumo.Sandbox.Hosting;
using Microsoft.Extensions.Logging;

namespace Lumo.Sandbox.Testing;

/// <summary>How <see cref="LumoSandbox.StartAsync"/> starts an in-process sandbox. Fluent: <c>o => o.WithScenario("…").WithVirtualClock()</c>.</summary>
public sealed class LumoSandboxOptions
{
    internal string? ScenarioPath { get; private set; }

    internal string? ScenarioJson { get; private set; }

    internal string? OpenApiPath { get; private set; }

    internal SandboxClockMode? Clock { get; private set; }

    internal string? AdminToken { get; private set; }

    internal int Port { get; private set; }

    internal int JournalSize { get; private set; } = 10_000;

    internal bool RequestLogs { get; private set; }

    internal TimeSpan? WebhookTimeout { get; private set; }

    internal Uri? Upstream { get; private set; }

    internal TimeSpan? UpstreamTimeout { get; private set; }

    /// <summary>Loads a scenario file (default: the embedded default scenario with the demo company and magic amounts).</summary>
    /// <param name="path">e.g. <c>scenarios/payment-timeout.json</c>.</param>
    public LumoSandboxOptions WithScenario(string path)
    {
        ScenarioPath = path;
        ScenarioJson = null;
        return this;
    }

    /// <summary>Loads a scenario given as JSON text, e.g. one written in the test itself.</summary>
    /// <param name="json">The scenario (format: scenarios/scenario.schema.json).</param>
    public LumoSandboxOptions WithScenarioJson(string json)
    {
        ScenarioJson = json;
        ScenarioPath = null;
        return this;
    }

    /// <summary>How sandbox time runs, whatever the scenario says (without this call, the scenario decides; its default is real).</summary>
    /// <param name="mode"><see cref="SandboxClockMode.Virtual"/> or <see cref="SandboxClockMode.Real"/>.</param>
    public LumoSandboxOptions WithClock(SandboxClockMode mode)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "The clock is Real or Virtual");
        }

        Clock = mode;
        return this;
    }

    /// <summary>Time stands still until <see cref="SandboxClock.AdvanceAsync"/>: timeouts become instant and exact. Same as <c>WithClock(SandboxClockMode.Virtual)</c>.</summary>
    public LumoSandboxOptions WithVirtualClock() => WithClock(SandboxClockMode.Virtual);

    /// <summary>Wall-clock time: scheduled transitions fire on their own. Same as <c>WithClock(SandboxClockMode.Real)</c>.</summary>
    public LumoSandboxOptions WithRealClock() => WithClock(SandboxClockMode.Real);

    /// <summary>Serves another OpenAPI document (it must contain the operations the sandbox implements).</summary>
    /// <param name="path">An OpenAPI 3.0 YAML or JSON file.</param>
    public LumoSandboxOptions WithOpenApi(string path)
    {
        OpenApiPath = path;
        return this;
    }

    /// <summary>Protects the control API with <c>X-Sandbox-Admin-Token</c> (the fixture sends it for you).</summary>
    /// <param name="token">The token.</param>
    public LumoSandboxOptions WithAdminToken(string token)
    {
        AdminToken = token;
        return this;
    }

    /// <summary>A fixed port instead of a free one picked by the operating system (the default, and the safe choice for parallel runs).</summary>
    /// <param name="port">A TCP port on the loopback address.</param>
    public LumoSandboxOptions WithPort(int port)
    {
        Port = port;
        return this;
    }

    /// <summary>Requests kept in the journal (default 10 000).</summary>
    /// <param name="size">At least 1.</param>
    public LumoSandboxOptions WithJournalSize(int size)
    {
        JournalSize = size;
        return this;
    }

    /// <summary>Shortens the 5 s a webhook receiver has to answer, so the sandbox's own tests of slow receivers stay fast.</summary>
    internal LumoSandboxOptions WithWebhookTimeout(TimeSpan timeout)
    {
        WebhookTimeout = timeout;
        return this;
    }

    /// <summary>Writes the one-line-per-request log to the console (off by default in tests).</summary>
    public LumoSandboxOptions WithRequestLogs()
    {
        RequestLogs = true;
        return this;
    }

    /// <summary>
    /// Proxy mode: API calls go to the real API at <paramref name="baseUrl"/> (e.g. staging) and come back unchanged,
    /// while the sandbox reports where they differ from its document (<c>GET /_sandbox/drift</c>, see docs/drift.md).
    /// </summary>
    /// <param name="baseUrl">The upstream's base URL; it may have a path.</param>
    /// <param name="timeout">How long the upstream may take before the client gets 504 (default 30 s).</param>
    public LumoSandboxOptions WithUpstream(Uri baseUrl, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        Upstream = SandboxOptionsParser.UpstreamUri(baseUrl.AbsoluteUri);
        UpstreamTimeout = timeout;
        return this;
    }

    internal SandboxOptions ToServerOptions() => new()
    {
        Port = Port,
        ListenAddress = IPAddress.Loopback,
        ScenarioPath = ScenarioPath,
        ScenarioJson = ScenarioJson,
        OpenApiPath = OpenApiPath,
        Clock = Clock?.ToWire(),
        AdminToken = AdminToken,
        JournalSize = JournalSize,
        RequestLogLevel = RequestLogs ? LogLevel.Information : LogLevel.Warning,
        WebhookTimeout = WebhookTimeout ?? Lumo.Sandbox.Webhooks.WebhookSender.DefaultTimeout,
        Upstream = Upstream,
        UpstreamTimeout = UpstreamTimeout ?? new SandboxOptions().UpstreamTimeout,
    };
}
