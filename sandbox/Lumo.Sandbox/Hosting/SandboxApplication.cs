using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Engine;
using Lumo.Sandbox.Http.Api;
using Lumo.Sandbox.Http.Auth;
using Lumo.Sandbox.Http.Console;
using Lumo.Sandbox.Http.Control;
using Lumo.Sandbox.Http.Docs;
using Lumo.Sandbox.Http.Errors;
using Lumo.Sandbox.Http.Journal;
using Lumo.Sandbox.Http.Load;
using Lumo.Sandbox.Http.Pipeline;
using Lumo.Sandbox.Http.Proxy;
using Lumo.Sandbox.Drift;
using Lumo.Sandbox.Readiness;
using Lumo.Sandbox.Http.Json;
using Lumo.Sandbox.Wire;
using Lumo.Sandbox.Scenarios;
using Lumo.Sandbox.Webhooks;

namespace Lumo.Sandbox.Hosting;

/// <summary>Builds the sandbox web application from its options: the one place where the parts meet.</summary>
public static class SandboxApplication
{
    // The embedded document compiles once per process: in-process fixtures start many sandboxes, each within 100 ms.
    // The catalog is immutable after it is built, so apps can share it.
    private static readonly Lazy<OperationCatalog> EmbeddedCatalog = new(() => OperationCatalog.Build(OpenApiDocumentLoader.Load(null)));

    /// <summary>Loads the document and scenario (throwing a clear error when either is unusable) and builds the app.</summary>
    public static WebApplication Build(SandboxOptions options)
    {
        // Start-up work runs side by side: the host is built here while one lane compiles the document (generated code
        // for the embedded one) and another loads the scenario (a given file is checked against the JSON Schema; the
        // embedded default is generated code too) and builds the engine from it.
        var catalogLane = Task.Run(() => options.OpenApiPath is null ? EmbeddedCatalog.Value : OperationCatalog.Build(OpenApiDocumentLoader.Load(options.OpenApiPath)));
        var engineLog = new DeferredLogger("Lumo.Sandbox.Engine");
        var webhookLog = new DeferredLogger("Lumo.Sandbox.Webhooks");
        Task<(EngineRuntime Runtime, WebhookSender Webhooks)>? engineLane = null;
        var readiness = new ReadinessObserver(() => engineLane!.Result.Runtime.Current.Now);
        engineLane = Task.Run(() =>
        {
            var (scenario, scenarioJson) = LoadScenario(options);
            var webhooks = new WebhookSender(options.WebhookTimeout);
            var runtime = new EngineRuntime(scenario, scenarioJson, options.ClockMode, TimeProvider.System, engine => new WebhookEventSink(engine, webhooks, webhookLog, readiness: readiness), ex => engineLog.LogError(ex, "A scheduled transition failed"), RetentionOption.Parse(options.Retention));
            return (runtime, webhooks);
        });

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(SandboxApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = RequestBodyReader.MaxBodyBytes;
            kestrel.Limits.MaxRequestLineSize = RequestHeadLimits.KestrelRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = RequestHeadLimits.KestrelHeaderBytes;
            ListenOn(kestrel, options.ListenAddress, options.Port);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            console.UseUtcTimestamp = true;
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Any enabled level here makes ASP.NET Core start an Activity and a logging scope for every request (a quarter
        // of a request's allocations); the sandbox's own request log (JournalMiddleware) says what it would.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.Logging.AddFilter("Lumo.Sandbox.Requests", options.RequestLogLevel);
        // "Hosting failed to start" with a stack trace: SandboxProgram reports a port it cannot bind in one line.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
            json.SerializerOptions.TypeInfoResolverChain.Insert(1, ControlJsonContext.Default);
        });

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => catalogLane.GetAwaiter().GetResult());
        builder.Services.AddSingleton(new RequestJournal(options.JournalSize));
        builder.Services.AddSingleton(_ => readiness);
        builder.Services.AddSingleton(_ => options.OwnsStandardOutput ? RequestLogWriter.ForStandardOutput() : RequestLogWriter.ForConsole());
        builder.Services.AddSingleton(new AdminTokenGuard(options.AdminToken));
        builder.Services.AddSingleton(_ => engineLane.GetAwaiter().GetResult().Webhooks);
        builder.Services.AddSingleton(new DriftLog(options.Upstream?.AbsoluteUri, TimeProvider.System));
        if (options.Upstream is { } upstreamUrl)
        {
            builder.Services.AddSingleton(_ => new UpstreamClient(upstreamUrl, options.UpstreamTimeout));
            builder.Services.AddSingleton<ExchangeChecker>();
        }

        builder.Services.AddSingleton(_ => engineLane.GetAwaiter().GetResult().Runtime);

        var app = builder.Build();
        OperationCatalog catalog;
        try
        {
            // A bad document is reported before a bad scenario, and either stops start-up before anything is mapped.
            catalog = catalogLane.GetAwaiter().GetResult();
            engineLane.GetAwaiter().GetResult();
        }
        catch
        {
            ((IDisposable)app).Dispose();
            _ = engineLane.ContinueWith(
                built =>
                {
                    built.Result.Runtime.Dispose();
                    built.Result.Webhooks.Dispose();
                },
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion,
                TaskScheduler.Default);
            throw;
        }

        var loggers = app.Services.GetRequiredService<ILoggerFactory>();
        engineLog.Attach(loggers);
        webhookLog.Attach(loggers);
        // Middleware built directly rather than through UseMiddleware's reflection, which a start would pay for.
        var services = app.Services;
        app.Use(next => new JournalMiddleware(next, services.GetRequiredService<RequestJournal>(), readiness, services.GetRequiredService<EngineRuntime>(), loggers, services.GetRequiredService<RequestLogWriter>()).InvokeAsync); // outermost, so it records the status the client really got
        app.Use(next => new ErrorShapeMiddleware(next, loggers.CreateLogger<ErrorShapeMiddleware>()).InvokeAsync);
        app.UseRouting();
        if (options.Upstream is not null)
        {
            app.UseMiddleware<UpstreamProxyMiddleware>();
        }

        app.MapContract(catalog, Handlers());
        app.MapApiReference(catalog.Document);
        app.MapSandboxConsole();
        // Merchant names come from Bogus, whose locale data loads once per process: warm it while the first requests
        // come in rather than before the server listens.
        var runtime = app.Services.GetRequiredService<EngineRuntime>();
        app.Lifetime.ApplicationStarted.Register(() => ThreadPool.QueueUserWorkItem(_ => runtime.Current.MerchantNames.WarmUp()));
        app.Lifetime.ApplicationStarted.Register(() => StartupReport.Log(app, options));
        return app;
    }

    private static void ListenOn(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions kestrel, System.Net.IPAddress? address, int port)
    {
        if (address is null)
        {
            // Kestrel's localhost (127.0.0.1 and [::1]) needs a fixed port; a picked one is IPv4 loopback only.
            if (port == 0)
            {
                kestrel.Listen(System.Net.IPAddress.Loopback, 0);
            }
            else
            {
                kestrel.ListenLocalhost(port);
            }
        }
        else if (address.Equals(System.Net.IPAddress.Any) || address.Equals(System.Net.IPAddress.IPv6Any))
        {
            kestrel.ListenAnyIP(port); // IPv6 and IPv4 where the machine has both
        }
        else
        {
            kestrel.Listen(address, port);
        }
    }

    /// <summary>Every operation the sandbox gives behaviour to, by area.</summary>
    internal static HandlerRegistry Handlers() => new HandlerRegistry()
        .MapCompanyAuth()
        .MapRates()
        .MapOrders()
        .MapWallets()
        .MapDisputes()
        .MapUserWallets()
        .MapSandboxControl()
        .MapDisputeControl()
        .MapDepositControl()
        .MapUserWalletControl()
        .MapSandboxWebhooks()
        .MapSandboxReport()
        .MapOrderSeeding()
        .MapDriftControl();

    private static (Scenario Scenario, string Json) LoadScenario(SandboxOptions options)
    {
        if (options.ScenarioJson is { } json)
        {
            return (ScenarioLoader.Parse(json, "scenario JSON").GetScenarioOrThrow(), json);
        }

        if (options.ScenarioPath is { } path)
        {
            var text = ScenarioLoader.ReadFile(path);
            return (ScenarioLoader.Parse(text, path).GetScenarioOrThrow(), text);
        }

        return (ScenarioLoader.LoadEmbeddedDefault(), ScenarioLoader.EmbeddedDefaultJson);
    }
}
