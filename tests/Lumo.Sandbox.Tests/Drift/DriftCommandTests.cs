using System.Net.Http.Json;
using Lumo.Sandbox.Hosting;
using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Drift;

/// <summary>The drift command, run through its entry point against real servers: exit 0, 1 and 2.</summary>
public sealed class DriftCommandTests
{
    [Test]
    public async Task Against_a_conforming_upstream_it_exits_0_having_probed_the_reads_by_id_too()
    {
        await using var upstream = await LumoSandbox.StartAsync();
        var company = await upstream.CreateCompanyAsync(usdtBalance: 1000m);
        using (var api = upstream.CreateClient(company.ApiKey))
        {
            var order = await api.OrderAsync(5000m, "drift-probe-1");
            await upstream.Orders.CompleteAsync(order.Id());
            (await api.PostAsJsonAsync($"orders/{order.Id()}/disputes", new { reason = "Paid twice" })).Dispose();
            (await api.PostAsJsonAsync("user-wallets", new { externalId = "drift-probe-user" })).Dispose();
        }

        var writesBefore = (await upstream.Requests.FindAsync(method: "POST")).Count + (await upstream.Requests.FindAsync(method: "PATCH")).Count;
        var readsBefore = (await upstream.Requests.FindAsync(method: "GET")).Count;

        var (exit, output, errors) = await RunAsync("--upstream", upstream.BaseAddress.AbsoluteUri, "--api-key", company.ApiKey, "--format", "json");

        Assert.That(exit, Is.EqualTo(DriftCommand.Conforms), output + errors);
        Assert.That(output, Does.Contain("\"operationId\":\"getOrder\"").And.Contain("\"operationId\":\"getDispute\"").And.Contain("\"operationId\":\"getUserWallet\"").And.Contain("\"operationId\":\"listUserDeposits\""));
        var writesAfter = (await upstream.Requests.FindAsync(method: "POST")).Count + (await upstream.Requests.FindAsync(method: "PATCH")).Count;
        Assert.That(writesAfter, Is.EqualTo(writesBefore), "read-only: nothing created, nothing changed");
        Assert.That((await upstream.Requests.FindAsync(method: "GET")).Count, Is.GreaterThanOrEqualTo(readsBefore + 12));
    }

    [Test]
    public async Task Against_a_drifted_upstream_it_exits_1_and_prints_the_findings()
    {
        using var upstream = DriftedUpstream.Start(slowDisputes: false);

        var (exit, output, _) = await RunAsync("--upstream", DriftedUpstream.BaseUrl(upstream).AbsoluteUri, "--api-key", DriftedUpstream.ApiKey);

        Assert.That(exit, Is.EqualTo(DriftCommand.Drifted), output);
        Assert.That(output, Does.Contain("| `getOrder` GET /orders/{id} | response-body | 200 | `$.amountUsdt` | number | string \"52.63\" |"));
        Assert.That(output, Does.Contain("`$.tier`").And.Contain("`$.orders[0].status`"));
        Assert.That(output, Does.Not.Contain("listDeposits"), "its gzip answer conforms once decoded");
        Assert.That(output, Does.Not.Contain(DriftedUpstream.ApiKey));
        Assert.That(upstream.LogEntries.Select(e => e.RequestMessage.Method).Distinct(), Is.EqualTo(new[] { "GET" }), "read-only");
    }

    [Test]
    public async Task Against_a_closed_port_it_exits_2()
    {
        var (exit, output, errors) = await RunAsync("--upstream", ClosedPort.Url().AbsoluteUri, "--api-key", DriftedUpstream.ApiKey, "--timeout", "5");

        Assert.That(exit, Is.EqualTo(DriftCommand.Unusable));
        Assert.That(errors, Does.Contain("could not be reached"));
        Assert.That(output, Is.Empty);
    }

    [Test]
    public async Task When_the_upstream_refuses_the_key_it_exits_2_without_printing_the_key()
    {
        await using var upstream = await LumoSandbox.StartAsync();
        const string wrongKey = "lb2b_ffffffffffffffffffffffffffffffff";

        var (exit, _, errors) = await RunAsync("--upstream", upstream.BaseAddress.AbsoluteUri, "--api-key", wrongKey);

        Assert.That(exit, Is.EqualTo(DriftCommand.Unusable));
        Assert.That(errors, Does.Contain("refused the API key").And.Not.Contain(wrongKey));
    }

    [Test]
    public async Task Without_an_upstream_it_explains_and_exits_2()
    {
        var (exit, _, errors) = await RunAsync("--api-key", "x");

        Assert.That(exit, Is.EqualTo(DriftCommand.Unusable));
        Assert.That(errors, Does.Contain("--upstream is required"));
    }

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await DriftCommand.RunAsync(args, _ => null, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }
}
