using System.Net;
using System.Net.Sockets;
using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Drift;

/// <summary>An upstream that is down or too slow: 502/504 in the API's error shape, recorded, and no hang.</summary>
public sealed class ProxyFailureTests
{
    [Test]
    public async Task An_unreachable_upstream_answers_502_naming_it_and_is_recorded()
    {
        var closed = ClosedPort.Url();
        await using var proxy = await ProxyServer.StartAsync(closed);
        using var api = proxy.Client(DriftedUpstream.ApiKey);

        using var answer = await api.GetAsync(new Uri("rates/current", UriKind.Relative));

        var body = await answer.JsonAsync(502);
        Assert.That(body.GetProperty("error").GetString(), Is.EqualTo("Bad Gateway"));
        Assert.That(body.GetProperty("message").GetString(), Does.Contain(closed.AbsoluteUri).And.Contain("could not be reached"));
        var report = await proxy.DriftAsync();
        Assert.That(report.GetProperty("failed").GetInt64(), Is.EqualTo(1));
        Assert.That(report.GetProperty("lastFailure").GetProperty("status").GetInt32(), Is.EqualTo(502));
        Assert.That(report.GetProperty("operations")[0].GetProperty("operationId").GetString(), Is.EqualTo("getCurrentRate"));
        Assert.That(await proxy.JournalTextAsync(), Does.Contain("\"status\":502").And.Not.Contain(DriftedUpstream.ApiKey));
        Assert.That(proxy.Logs.Lines, Has.Some.Contain("failed with 502"));
        Assert.That(proxy.Logs.Lines, Has.None.Contain(DriftedUpstream.ApiKey));
    }

    [Test]
    public async Task The_fixture_starts_a_proxy_with_WithUpstream()
    {
        var closed = ClosedPort.Url();
        await using var proxy = await LumoSandbox.StartAsync(o => o.WithUpstream(closed, TimeSpan.FromSeconds(5)));
        using var api = proxy.CreateClient(DriftedUpstream.ApiKey);

        using var answer = await api.GetAsync(new Uri("rates/current", UriKind.Relative));
        using var health = await proxy.ControlClient.GetAsync(new Uri("_sandbox/health", UriKind.Relative));

        var body = await answer.JsonAsync(502);
        Assert.That(body.GetProperty("message").GetString(), Does.Contain(closed.AbsoluteUri));
        Assert.That((int)health.StatusCode, Is.EqualTo(200), "the control API stays local");
    }

    [Test]
    public async Task An_upstream_slower_than_the_timeout_answers_504_and_is_recorded()
    {
        using var upstream = DriftedUpstream.Start();
        await using var proxy = await ProxyServer.StartAsync(DriftedUpstream.BaseUrl(upstream), TimeSpan.FromMilliseconds(200));
        using var api = proxy.Client(DriftedUpstream.ApiKey);

        using var answer = await api.GetAsync(new Uri("disputes", UriKind.Relative)); // WireMock waits 5 s

        var body = await answer.JsonAsync(504);
        Assert.That(body.GetProperty("error").GetString(), Is.EqualTo("Gateway Timeout"));
        Assert.That(body.GetProperty("message").GetString(), Does.Contain("did not answer within 0.2 s"));
        var report = await proxy.DriftAsync();
        Assert.That(report.GetProperty("failed").GetInt64(), Is.EqualTo(1));
        Assert.That(report.GetProperty("lastFailure").GetProperty("status").GetInt32(), Is.EqualTo(504));
        Assert.That(report.Findings(), Is.Empty, "a failure is not drift");
        Assert.That(await proxy.JournalTextAsync(), Does.Contain("\"status\":504"));
        Assert.That(proxy.Logs.Lines, Has.Some.Contain("failed with 504"));
        Assert.That(proxy.Logs.Lines, Has.None.Contain(DriftedUpstream.ApiKey));
    }
}

/// <summary>A loopback URL nothing listens on: a port bound and released.</summary>
internal static class ClosedPort
{
    public static Uri Url()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)socket.LocalEndPoint!).Port;
        return new Uri($"http://127.0.0.1:{port}/api");
    }
}
