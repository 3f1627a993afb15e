using System.Diagnostics;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>
/// The built server, run as a process: SIGTERM (docker stop) lets the request in flight finish with its answer,
/// then the process exits 0 within the 5 s shutdown timeout.
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
    public async Task Sigterm_lets_the_request_in_flight_finish_and_exits_0_within_5_seconds()
    {
        using var server = ServerProcess.Start("--scenario", _scenarioPath, "--clock", "virtual", "--request-log", "none");
        using var api = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        api.DefaultRequestHeaders.Add("X-API-Key", Key);
        await server.WaitHealthyAsync(api);
        var quote = await api.QuoteAsync(777m);

        var accept = api.PostAsync(new Uri($"orders/accept/{quote.Id()}", UriKind.Relative), null);
        await WaitUntilHandledAsync(api, quote.Id(), accept);
        var watch = Stopwatch.StartNew();
        server.Terminate();

        using var answer = await accept;
        var order = await answer.JsonAsync(201);
        Assert.That(order.Id(), Is.EqualTo(quote.Id()));
        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await server.Process.WaitForExitAsync(exit.Token);
        Assert.That(server.Process.ExitCode, Is.Zero, () => server.Output);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(watch.Elapsed, Is.GreaterThan(TimeSpan.FromSeconds(0.5)), "the process waited for the delayed answer");
    }

    [Test]
    public async Task Sigterm_on_an_idle_server_exits_0_at_once()
    {
        using var server = ServerProcess.Start("--request-log", "none");
        using var http = new HttpClient();
        await server.WaitHealthyAsync(http);

        server.Terminate();

        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await server.Process.WaitForExitAsync(exit.Token);
        Assert.That(server.Process.ExitCode, Is.Zero, () => server.Output);
    }

    // The order exists once accept has been handled: from then on the answer is what is held back. Polled
    // without pauses: each GET is a round trip to the server, and the bound is on attempts.
    private static async Task WaitUntilHandledAsync(HttpClient api, Guid id, Task<HttpResponseMessage> accept)
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            Assert.That(accept.IsCompleted, Is.False, "the accept answered before the server was stopped");
            using var response = await api.GetAsync(new Uri($"orders/{id}", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return;
            }
        }

        Assert.Fail("the accept was never handled");
    }
}
