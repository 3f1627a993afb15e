using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>
/// The built server, run as a process: SIGTERM (docker stop) lets the request in flight finish with its answer,
/// then the process exits 0. The tests wait on what the server shows (the order exists, the answer arrives, the
/// process exits), never on elapsed time; [CancelAfter] only turns a hang into a failure.
/// </summary>
[Category("Hardening")]
[NonParallelizable]
public sealed class GracefulShutdownTests
{
    private const string Key = "lb2b_5555555555555555aaaaaaaaaaaaaaaa";

    // 777.00 RUB: accepting is handled at once, but its answer is held back 1.5 s of wall-clock time.
    private const string SlowAcceptScenario = """
        {
          "name": "slow-accept",
          "companies": [ { "name": "Shutdown Co", "email": "shutdown@lumo.test", "password": "p", "apiKey": "lb2b_5555555555555555aaaaaaaaaaaaaaaa", "usdtBalance": 100 } ],
          "rules": [ { "name": "slow accept", "when": { "operation": "acceptOrder", "amountRub": 777.00 }, "then": { "fault": { "delayMs": 1500, "afterHandling": true } } } ]
        }
        """;

    private string _scenarioPath = null!;

    [SetUp]
    public void WriteScenario()
    {
        _scenarioPath = Path.Combine(Path.GetTempPath(), $"lumo-shutdown-{Guid.NewGuid():N}.json");
        File.WriteAllText(_scenarioPath, SlowAcceptScenario);
    }

    [TearDown]
    public void DeleteScenario() => File.Delete(_scenarioPath);

    [Test]
    [CancelAfter(120_000)]
    public async Task Sigterm_lets_the_request_in_flight_finish_and_exits_0(CancellationToken cancellation)
    {
        using var server = ServerProcess.Start("--scenario", _scenarioPath, "--clock", "virtual", "--request-log", "none");
        using var api = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        api.DefaultRequestHeaders.Add("X-API-Key", Key);
        await server.WaitHealthyAsync(api);
        var quote = await api.QuoteAsync(777m);

        var accept = api.PostAsync(new Uri($"orders/accept/{quote.Id()}", UriKind.Relative), null);
        await ServerSignals.WaitUntilOrderExistsAsync(api, quote.Id(), accept); // handled; its answer is held back
        server.Terminate();

        // The answer still arrives after SIGTERM: the process waited for the request in flight.
        using var answer = await accept;
        var order = await answer.JsonAsync(201);
        Assert.That(order.Id(), Is.EqualTo(quote.Id()));
        await server.Process.WaitForExitAsync(cancellation);
        Assert.That(server.Process.ExitCode, Is.Zero, () => server.Output);
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Sigterm_on_an_idle_server_exits_0(CancellationToken cancellation)
    {
        using var server = ServerProcess.Start("--request-log", "none");
        using var http = new HttpClient();
        await server.WaitHealthyAsync(http);

        server.Terminate();

        await server.Process.WaitForExitAsync(cancellation);
        Assert.That(server.Process.ExitCode, Is.Zero, () => server.Output);
    }
}
