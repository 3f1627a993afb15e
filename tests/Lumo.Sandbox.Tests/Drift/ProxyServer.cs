using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Lumo.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lumo.Sandbox.Tests.Drift;

/// <summary>A sandbox in proxy mode on a free loopback port, with every log line it writes kept for inspection.</summary>
internal sealed class ProxyServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ProxyServer(WebApplication app, Uri baseAddress, LogCapture logs)
    {
        _app = app;
        BaseAddress = baseAddress;
        Logs = logs;
        Http = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public LogCapture Logs { get; }

    public static async Task<ProxyServer> StartAsync(Uri upstream, TimeSpan? timeout = null)
    {
        var app = SandboxApplication.Build(new SandboxOptions
        {
            Port = 0,
            ListenAddress = IPAddress.Loopback,
            Clock = "virtual",
            Upstream = upstream,
            UpstreamTimeout = timeout ?? TimeSpan.FromSeconds(30),
        });
        var logs = new LogCapture();
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ProxyServer(app, new Uri(address.TrimEnd('/') + "/"), logs);
    }

    /// <summary>A client of the proxied API with the company's key.</summary>
    public HttpClient Client(string apiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("X-API-Key", apiKey);
        return client;
    }

    public async Task<JsonElement> DriftAsync()
    {
        var text = await Http.GetStringAsync(new Uri("_sandbox/drift", UriKind.Relative));
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<string> DriftTextAsync(string query = "") => await Http.GetStringAsync(new Uri("_sandbox/drift" + query, UriKind.Relative));

    public async Task<string> JournalTextAsync() => await Http.GetStringAsync(new Uri("_sandbox/requests", UriKind.Relative));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Keeps every formatted log line (message and exception).</summary>
    internal sealed class LogCapture : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyCollection<string> Lines => _lines;

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}

/// <summary>Reading the drift report's JSON.</summary>
internal static class DriftJson
{
    /// <summary>Every finding as (operationId or "METHOD path", kind, status, path).</summary>
    public static List<(string Operation, string Kind, int Status, string Path)> Findings(this JsonElement report) =>
        [.. report.GetProperty("operations").EnumerateArray().SelectMany(o => o.GetProperty("findings").EnumerateArray().Select(f => (
            o.GetProperty("operationId").GetString() ?? $"{o.GetProperty("method").GetString()} {o.GetProperty("pathTemplate").GetString()}",
            f.GetProperty("kind").GetString()!,
            f.GetProperty("status").GetInt32(),
            f.GetProperty("path").GetString()!)))];

    public static JsonElement Finding(this JsonElement report, string kind, string path) =>
        report.GetProperty("operations").EnumerateArray().SelectMany(o => o.GetProperty("findings").EnumerateArray())
            .Single(f => f.GetProperty("kind").GetString() == kind && f.GetProperty("path").GetString() == path);
}
