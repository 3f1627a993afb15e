using System.Text.Json;
using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Hosting;
using Lumo.Sandbox.Scenarios;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Lumo.Sandbox.Testing;

/// <summary>
/// A Lumo.Sandbox for integration tests, in the style of Testcontainers: start one (in this process, on a free
/// loopback port) or connect to one that already runs (Docker), use it through HTTP, dispose it.
/// <code>
/// await using var sandbox = await LumoSandbox.StartAsync(o => o.WithVirtualClock());
/// var company = await sandbox.CreateCompanyAsync(usdtBalance: 1000m);
/// using var api = sandbox.CreateClient(company.ApiKey);         // an HttpClient for the Lumo API
/// await sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3));    // instead of waiting
/// </code>
/// Both kinds are driven through the same HTTP control API (<c>/_sandbox/*</c>), so a test written against one
/// runs against the other. Give each test its own company (<see cref="CreateCompanyAsync(NewSandboxCompany, CancellationToken)"/>)
/// rather than resetting: companies are isolated, so tests need no reset and may run in parallel.
/// </summary>
public sealed class LumoSandbox : IAsyncDisposable
{
    private readonly WebApplication? _app;
    private readonly ControlApiClient _control;
    private int _disposed;

    private LumoSandbox(Uri baseAddress, WebApplication? app, string? adminToken)
    {
        BaseAddress = baseAddress;
        _app = app;
        var http = new HttpClient { BaseAddress = BaseAddress };
        if (adminToken is not null)
        {
            http.DefaultRequestHeaders.Add("X-Sandbox-Admin-Token", adminToken);
        }

        _control = new ControlApiClient(http);
        Clock = new SandboxClock(_control);
        Requests = new SandboxRequests(_control);
        Orders = new SandboxOrders(_control);
        Disputes = new SandboxDisputes(_control);
        Deposits = new SandboxDeposits(_control);
        UserWallets = new SandboxUserWallets(_control);
        Webhooks = new SandboxWebhooks(_control);
    }

    /// <summary>Where the sandbox serves, e.g. <c>http://127.0.0.1:41234/</c> (ends with a slash).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The sandbox clock: advance it instead of waiting.</summary>
    public SandboxClock Clock { get; }

    /// <summary>The request journal: what your code sent.</summary>
    public SandboxRequests Requests { get; }

    /// <summary>Order outcomes on demand (complete, fail) and the orders of every company.</summary>
    public SandboxOrders Orders { get; }

    /// <summary>Dispute decisions on demand (review, resolve, reject).</summary>
    public SandboxDisputes Disputes { get; }

    /// <summary>Simulated company and user deposits.</summary>
    public SandboxDeposits Deposits { get; }

    /// <summary>User wallet blocking and unblocking.</summary>
    public SandboxUserWallets UserWallets { get; }

    /// <summary>Webhook deliveries and their attempts (listing waits for attempts in flight).</summary>
    public SandboxWebhooks Webhooks { get; }

    /// <summary>The control API's HTTP client (admin token set), for calls the typed helpers do not cover.</summary>
    public HttpClient ControlClient => _control.Http;

    /// <summary>
    /// Starts a sandbox in this process on a free loopback port; it is serving when the task completes.
    /// Without options it loads the default scenario (demo company, magic amounts) on the real clock.
    /// </summary>
    /// <param name="configure">Options, e.g. <c>o => o.WithVirtualClock().WithScenario("scenarios/flaky-network.json")</c>.</param>
    /// <param name="cancellation">Cancels the start.</param>
    /// <exception cref="LumoSandboxException">The scenario or OpenAPI document cannot be used, or the port is taken.</exception>
    public static async Task<LumoSandbox> StartAsync(Action<LumoSandboxOptions>? configure = null, CancellationToken cancellation = default)
    {
        var options = new LumoSandboxOptions();
        configure?.Invoke(options);
        WebApplication app;
        try
        {
            app = SandboxApplication.Build(options.ToServerOptions());
        }
        catch (Exception ex) when (ex is SandboxOptionsException or ContractLoadException or ScenarioLoadException)
        {
            throw new LumoSandboxException($"The sandbox cannot start: {ex.Message}", ex);
        }

        try
        {
            await app.StartAsync(cancellation).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new LumoSandbox(new Uri(address.TrimEnd('/') + "/"), app, options.AdminToken);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Uses a sandbox that already runs (e.g. <c>docker run -p 8080:8080 lumo-sandbox</c>); checks its health first.</summary>
    /// <param name="baseAddress">Where it serves, e.g. <c>http://localhost:8080</c>.</param>
    /// <param name="adminToken">Its admin token, when it was started with one.</param>
    /// <param name="cancellation">Cancels the health check.</param>
    /// <exception cref="LumoSandboxException">Nothing healthy answers there.</exception>
    public static async Task<LumoSandbox> ConnectAsync(Uri baseAddress, string? adminToken = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var sandbox = new LumoSandbox(new Uri(baseAddress.ToString().TrimEnd('/') + "/"), null, adminToken);
        try
        {
            await sandbox._control.GetAsync<JsonElement>("_sandbox/health", cancellation).ConfigureAwait(false);
            return sandbox;
        }
        catch (HttpRequestException ex)
        {
            await sandbox.DisposeAsync().ConfigureAwait(false);
            throw new LumoSandboxException($"No Lumo.Sandbox answers at {sandbox.BaseAddress}_sandbox/health: {ex.Message}", ex);
        }
        catch
        {
            await sandbox.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>An HttpClient for the Lumo API with <see cref="HttpClient.BaseAddress"/> set and, when given, the company's <c>X-API-Key</c>. Dispose it yourself.</summary>
    /// <param name="apiKey">The company's API key, e.g. <see cref="SandboxCompany.ApiKey"/>.</param>
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
    /// <param name="usdtBalance">Available USDT at the start.</param>
    /// <param name="trxBalance">TRX at the start.</param>
    /// <param name="qrRateOffsetBps">The company's commission in basis points.</param>
    /// <param name="webhookUrl">Where its webhook events go; null: none.</param>
    /// <param name="cancellation">Cancels the call.</param>
    public Task<SandboxCompany> CreateCompanyAsync(decimal usdtBalance = 1000m, decimal trxBalance = 0m, int qrRateOffsetBps = 0, string? webhookUrl = null, CancellationToken cancellation = default) =>
        CreateCompanyAsync(new NewSandboxCompany { UsdtBalance = usdtBalance, TrxBalance = trxBalance, QrRateOffsetBps = qrRateOffsetBps, WebhookUrl = webhookUrl }, cancellation);

    /// <summary>A fresh, isolated tenant with everything you specify.</summary>
    /// <param name="company">Its name, credentials, balances and settings; anything left out is generated or defaulted.</param>
    /// <param name="cancellation">Cancels the call.</param>
    public Task<SandboxCompany> CreateCompanyAsync(NewSandboxCompany company, CancellationToken cancellation = default) =>
        _control.PostAsync<SandboxCompany>("_sandbox/companies", company, cancellation);

    /// <summary>Back to the scenario's initial state, clock included; companies made at run time are gone.</summary>
    /// <param name="cancellation">Cancels the call.</param>
    public Task ResetAsync(CancellationToken cancellation = default) =>
        _control.SendAsync(HttpMethod.Post, "_sandbox/reset", null, cancellation);

    /// <summary>Loads another scenario and resets to it; an invalid one is refused (every problem listed) and the old one stays.</summary>
    /// <param name="scenarioJson">The scenario as JSON text (format: scenarios/scenario.schema.json).</param>
    /// <param name="cancellation">Cancels the call.</param>
    public Task LoadScenarioAsync(string scenarioJson, CancellationToken cancellation = default) =>
        _control.SendAsync(HttpMethod.Put, "_sandbox/scenario", scenarioJson, cancellation);

    /// <summary>Loads a scenario file and resets to it, like <see cref="LoadScenarioAsync"/>.</summary>
    /// <param name="path">A scenario file, e.g. <c>scenarios/payment-timeout.json</c>.</param>
    /// <param name="cancellation">Cancels the call.</param>
    public async Task LoadScenarioFileAsync(string path, CancellationToken cancellation = default) =>
        await LoadScenarioAsync(await File.ReadAllTextAsync(path, cancellation).ConfigureAwait(false), cancellation).ConfigureAwait(false);

    /// <summary>Stops an in-process sandbox and frees its port; for a connected one, only lets go of it. Safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _control.Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
