using System.Net;
using Lumo.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lumo.Sandbox.Testing;

/// <summary>
/// A Lumo.Sandbox for integration tests: started in-process on a free loopback port, or connected to one that
/// already runs (Docker). Both are driven through the same HTTP control API.
/// <code>
/// await using var sandbox = await LumoSandbox.StartAsync(o => o.UseScenario("scenarios/payment-timeout.json").UseVirtualClock());
/// var company = await sandbox.CreateCompanyAsync(usdtBalance: 1000m);
/// using var api = sandbox.CreateClient(company.ApiKey);
/// </code>
/// </summary>
public sealed class LumoSandbox : IAsyncDisposable
{
    private readonly WebApplication? _app;
    private readonly ControlApiClient _control;
    private readonly string? _adminToken;

    private LumoSandbox(Uri baseAddress, WebApplication? app, string? adminToken)
    {
        BaseAddress = baseAddress;
        _app = app;
        _adminToken = adminToken;
        _control = new ControlApiClient(CreateControlClient());
        Clock = new SandboxClock(_control);
        Requests = new SandboxRequests(_control);
        Orders = new SandboxOrders(_control);
        Webhooks = new SandboxWebhooks(_control);
    }

    /// <summary>Where the sandbox serves, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The sandbox clock (advance it instead of waiting).</summary>
    public SandboxClock Clock { get; }

    /// <summary>The request journal.</summary>
    public SandboxRequests Requests { get; }

    /// <summary>Order outcomes on demand.</summary>
    public SandboxOrders Orders { get; }

    /// <summary>Webhook deliveries and their attempts (listing waits for attempts in flight).</summary>
    public SandboxWebhooks Webhooks { get; }

    /// <summary>The control API's HTTP client (admin token set), for calls the typed helpers do not cover.</summary>
    public HttpClient ControlClient => _control.Http;

    /// <summary>Starts a sandbox in this process; it is serving when the task completes.</summary>
    public static async Task<LumoSandbox> StartAsync(Action<LumoSandboxOptions>? configure = null, CancellationToken cancellation = default)
    {
        var options = new LumoSandboxOptions();
        configure?.Invoke(options);
        var app = SandboxApplication.Build(new SandboxOptions
        {
            Port = options.Port,
            ListenAddress = IPAddress.Loopback,
            ScenarioPath = options.ScenarioPath,
            ScenarioJson = options.ScenarioJson,
            OpenApiPath = options.OpenApiPath,
            Clock = options.Clock,
            AdminToken = options.AdminToken,
            JournalSize = options.JournalSize,
            RequestLogLevel = options.RequestLogs ? LogLevel.Information : LogLevel.Warning,
            WebhookTimeout = options.WebhookTimeout ?? Lumo.Sandbox.Webhooks.WebhookSender.DefaultTimeout,
        });
        try
        {
            await app.StartAsync(cancellation);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new LumoSandbox(new Uri(address.TrimEnd('/') + "/"), app, options.AdminToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Uses a sandbox that already runs (e.g. <c>docker run -p 8080:8080 lumo-sandbox</c>); checks its health first.</summary>
    public static async Task<LumoSandbox> ConnectAsync(Uri baseAddress, string? adminToken = null, CancellationToken cancellation = default)
    {
        var sandbox = new LumoSandbox(new Uri(baseAddress.ToString().TrimEnd('/') + "/"), null, adminToken);
        await sandbox._control.GetAsync<System.Text.Json.JsonElement>("_sandbox/health", cancellation);
        return sandbox;
    }

    /// <summary>An HttpClient for the Lumo API with BaseAddress set and, when given, the company's X-API-Key.</summary>
    public HttpClient CreateClient(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-API-Key", apiKey);
        }

        return client;
    }

    /// <summary>A fresh, isolated tenant: parallel tests need no reset.</summary>
    public Task<SandboxCompany> CreateCompanyAsync(decimal usdtBalance = 1000m, decimal trxBalance = 0m, int qrRateOffsetBps = 0, string? webhookUrl = null, CancellationToken cancellation = default) =>
        CreateCompanyAsync(new NewSandboxCompany { UsdtBalance = usdtBalance, TrxBalance = trxBalance, QrRateOffsetBps = qrRateOffsetBps, WebhookUrl = webhookUrl }, cancellation);

    /// <summary>A fresh, isolated tenant with everything you specify.</summary>
    public Task<SandboxCompany> CreateCompanyAsync(NewSandboxCompany company, CancellationToken cancellation = default) =>
        _control.PostAsync<SandboxCompany>("_sandbox/companies", company, cancellation);

    /// <summary>Back to the scenario's initial state, clock included; companies made at run time are gone.</summary>
    public Task ResetAsync(CancellationToken cancellation = default) =>
        _control.SendAsync(HttpMethod.Post, "_sandbox/reset", null, cancellation);

    /// <summary>Loads another scenario (JSON text) and resets to it; an invalid one is refused and the old one stays.</summary>
    public Task LoadScenarioAsync(string scenarioJson, CancellationToken cancellation = default) =>
        _control.SendAsync(HttpMethod.Put, "_sandbox/scenario", scenarioJson, cancellation);

    public async ValueTask DisposeAsync()
    {
        _control.Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private HttpClient CreateControlClient()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (_adminToken is not null)
        {
            client.DefaultRequestHeaders.Add("X-Sandbox-Admin-Token", _adminToken);
        }

        return client;
    }
}
