using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Lumo.Sandbox.Hosting;
using Lumo.Sandbox.Tests.Hardening;

namespace Lumo.Sandbox.Tests.Hosting;

/// <summary>Where the server listens by default and when asked, and what it says when it cannot.</summary>
[NonParallelizable]
public sealed class ListenAddressTests
{
    private static readonly Dictionary<string, string?> OutsideContainer = new() { ["DOTNET_RUNNING_IN_CONTAINER"] = null, ["LUMO_SANDBOX_HOST"] = null };

    [Test]
    public void Outside_a_container_the_default_is_loopback_only()
    {
        Assert.That(SandboxOptionsParser.Parse([], _ => null).ListenAddress, Is.Null);
        Assert.That(SandboxOptionsParser.Parse([], name => name == "DOTNET_RUNNING_IN_CONTAINER" ? "false" : null).ListenAddress, Is.Null);
    }

    [Test]
    public void Inside_a_container_the_default_is_every_interface()
    {
        var options = SandboxOptionsParser.Parse([], name => name == "DOTNET_RUNNING_IN_CONTAINER" ? "true" : null);

        Assert.That(options.ListenAddress, Is.EqualTo(IPAddress.Any));
    }

    [TestCase("localhost", null)]
    [TestCase("*", "0.0.0.0")]
    [TestCase("0.0.0.0", "0.0.0.0")]
    [TestCase("127.0.0.1", "127.0.0.1")]
    [TestCase("[::1]", "::1")]
    [TestCase("::", "::")]
    public void Host_chooses_explicitly_even_in_a_container(string host, string? expected)
    {
        Func<string, string?> container = name => name == "DOTNET_RUNNING_IN_CONTAINER" ? "true" : null;

        var flag = SandboxOptionsParser.Parse(["--host", host], container);
        var variable = SandboxOptionsParser.Parse([], name => name == "LUMO_SANDBOX_HOST" ? host : container(name));

        Assert.That(flag.ListenAddress?.ToString(), Is.EqualTo(expected));
        Assert.That(variable.ListenAddress?.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void A_host_that_is_no_address_is_refused_naming_the_flag()
    {
        var error = Assert.Throws<SandboxOptionsException>(() => SandboxOptionsParser.Parse(["--host", "example.org"], _ => null));

        Assert.That(error!.Message, Does.Contain("--host").And.Contain("example.org"));
        Assert.That(SandboxOptionsParser.Usage, Does.Contain("--host").And.Contain("LUMO_SANDBOX_HOST").And.Contain("DOTNET_RUNNING_IN_CONTAINER"));
    }

    [Test]
    public async Task The_server_is_not_reachable_from_another_interface_by_default_and_says_where_it_listens()
    {
        var external = ExternalAddress();
        using var server = ServerProcess.Start(OutsideContainer);
        using var http = new HttpClient();
        await server.WaitHealthyAsync(http);

        Assert.That(await CanConnectAsync(external, server.BaseAddress.Port), Is.False, $"reachable on {external}");
        Assert.That(server.Output, Does.Contain("Lumo.Sandbox listening on").And.Contain("this machine only").And.Contain("control API (/_sandbox): open"));
    }

    [Test]
    public async Task In_a_container_the_server_is_reachable_from_every_interface()
    {
        var external = ExternalAddress();
        using var server = ServerProcess.Start(new Dictionary<string, string?> { ["DOTNET_RUNNING_IN_CONTAINER"] = "true", ["LUMO_SANDBOX_HOST"] = null }, "--admin-token", "s3cret");
        using var http = new HttpClient();
        await server.WaitHealthyAsync(http);

        Assert.That(await CanConnectAsync(external, server.BaseAddress.Port), Is.True, $"not reachable on {external}");
        Assert.That(server.Output, Does.Contain("every interface").And.Contain("needs the header X-Sandbox-Admin-Token"));
    }

    [Test]
    public async Task A_port_in_use_ends_with_one_line_naming_the_address_and_the_port_setting_and_exit_2()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (code, stdout, stderr) = await RunToExitAsync("--port", port);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(stderr, Does.Contain($"127.0.0.1:{port}").And.Contain("already in use").And.Contain("--port").And.Contain("LUMO_SANDBOX_PORT"));
        Assert.That(stdout + stderr, Does.Not.Contain("   at ").And.Not.Contain("Exception"));
    }

    [Test]
    public void A_bind_refused_by_permission_is_described_in_one_line()
    {
        var denied = new IOException("Failed to bind to address http://127.0.0.1:80: permission denied.", new SocketException((int)SocketError.AccessDenied));

        Assert.That(ListenFailure.Describe(denied), Does.StartWith("http://127.0.0.1:80 may not be bound").And.Contain("--port").And.Contain("LUMO_SANDBOX_PORT"));
        Assert.That(ListenFailure.Describe(new InvalidOperationException("other")), Is.Null);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunToExitAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_RUNNING_IN_CONTAINER"] = null;
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "Lumo.Sandbox.dll"), .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    // Any address of this machine that is not loopback; without one there is nothing to show.
    private static IPAddress ExternalAddress()
    {
        var address = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (address is null)
        {
            Assert.Ignore("this machine has no non-loopback IPv4 address");
        }

        return address!;
    }

    private static async Task<bool> CanConnectAsync(IPAddress address, int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(address, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
