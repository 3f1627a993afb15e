using System.Net;
using System.Net.Sockets;
using Lumo.Sandbox.Testing;

namespace Lumo.Sandbox.Tests.Fixture;

/// <summary>
/// One sandbox per test class is only practical if disposing one leaves nothing behind. How fast a start is, and
/// the thread count over many starts, are figures of the load scripts (tests/load/StartupProbe), not of this run.
/// </summary>
[NonParallelizable]
public sealed class FixtureLifecycleTests
{
    private const int Runs = 10;

    [Test]
    public async Task Sandboxes_started_served_and_disposed_in_a_row_leave_their_ports_free()
    {
        for (var i = 0; i < Runs; i++)
        {
            var port = await StartServeAndDisposeAsync();
            Assert.That(await AcceptsConnectionsAsync(port), Is.False, $"run {i}: something still listens on port {port} after dispose");
            Assert.That(CanListenOn(port), Is.True, $"run {i}: port {port} cannot be bound again after dispose");
        }
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

    private static async Task<int> StartServeAndDisposeAsync()
    {
        await using var sandbox = await LumoSandbox.StartAsync();
        using var api = sandbox.CreateClient("lb2b_0123456789abcdef0123456789abcdef");
        using var first = await api.GetAsync(new Uri("wallets/balance", UriKind.Relative));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return sandbox.BaseAddress.Port;
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
}
