using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Lumo.Sandbox.Testing;

namespace Lumo.Sandbox.Tests.Fixture;

/// <summary>
/// One sandbox per test class is only practical if starting one is fast and disposing one leaves nothing
/// behind. The start-up figure printed here is the one the docs quote.
/// </summary>
[NonParallelizable]
public sealed class FixtureLifecycleTests
{
    private const int Runs = 20;

    [Test]
    public async Task Twenty_sandboxes_start_serve_and_dispose_in_a_row_without_leaking_ports_or_threads()
    {
        var (cold, _) = await StartServeAndDisposeAsync(); // the first start in a process pays for JIT; leaks are measured after it
        var threadsBefore = LiveThreads();
        var startups = new List<double>();

        for (var i = 0; i < Runs; i++)
        {
            var (startup, port) = await StartServeAndDisposeAsync();
            startups.Add(startup.TotalMilliseconds);
            Assert.That(await AcceptsConnectionsAsync(port), Is.False, $"run {i}: something still listens on port {port} after dispose");
            Assert.That(CanListenOn(port), Is.True, $"run {i}: port {port} cannot be bound again after dispose");
        }

        var threadsAfter = LiveThreads();
        startups.Sort();
        var median = (startups[(Runs / 2) - 1] + startups[Runs / 2]) / 2;
        await TestContext.Out.WriteLineAsync(
            $"start-up to first response: first in the process {cold.TotalMilliseconds:0} ms; then over {Runs} runs median {median:0} ms, min {startups[0]:0} ms, max {startups[^1]:0} ms; threads {threadsBefore} -> {threadsAfter}");

        // A sandbox that kept a thread (a timer, a scheduler, Kestrel) would add one per run: 20 or more.
        Assert.That(threadsAfter - threadsBefore, Is.LessThan(Runs / 2), "threads grew with every sandbox: something is not disposed");
        Assert.That(median, Is.LessThan(1500), "start-up to first response is too slow for one sandbox per test class");
    }

    [Test]
    public async Task Disposing_twice_is_harmless()
    {
        var sandbox = await LumoSandbox.StartAsync();

        await sandbox.DisposeAsync();

        Assert.That(async () => await sandbox.DisposeAsync(), Throws.Nothing);
    }

    [Test]
    public async Task A_scenario_that_cannot_be_used_fails_the_start_with_its_problems()
    {
        var start = async () => await LumoSandbox.StartAsync(o => o.WithScenarioJson("""{ "name": "broken", "companies": [] }"""));

        Assert.That(start, Throws.TypeOf<LumoSandboxException>().With.Message.Contains("companies"));
    }

    [Test]
    public async Task Connecting_to_a_running_sandbox_checks_its_health()
    {
        await using var running = await LumoSandbox.StartAsync();

        await using var connected = await LumoSandbox.ConnectAsync(running.BaseAddress);

        Assert.That((await connected.Clock.GetAsync()).Mode, Is.EqualTo(SandboxClockMode.Real));
    }

    [Test]
    public void Connecting_where_nothing_listens_says_so()
    {
        var port = FreePort();

        Assert.That(
            async () => await LumoSandbox.ConnectAsync(new Uri($"http://127.0.0.1:{port}")),
            Throws.TypeOf<LumoSandboxException>().With.Message.Contains($"127.0.0.1:{port}"));
    }

    private static async Task<(TimeSpan Startup, int Port)> StartServeAndDisposeAsync()
    {
        var clock = Stopwatch.StartNew();
        await using var sandbox = await LumoSandbox.StartAsync();
        using var api = sandbox.CreateClient("lb2b_0123456789abcdef0123456789abcdef");
        using var first = await api.GetAsync(new Uri("wallets/balance", UriKind.Relative));
        var startup = clock.Elapsed;
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return (startup, sandbox.BaseAddress.Port);
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static bool CanListenOn(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static int LiveThreads()
    {

        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return process.Threads.Count;
    }
}
