using System.Net.Http.Json;
using System.Text.Json;
using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Drift;

/// <summary>
/// Upstream = another sandbox: it implements the document, so a whole integration flow through the proxy must
/// give zero findings, and the client must see exactly what the upstream answered.
/// </summary>
public sealed class ProxyConformanceTests
{
    private LumoSandbox _upstream = null!;
    private ProxyServer _proxy = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _upstream = await LumoSandbox.StartAsync();
        _proxy = await ProxyServer.StartAsync(_upstream.BaseAddress);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _proxy.DisposeAsync();
        await _upstream.DisposeAsync();
    }

    [Test]
    public async Task A_full_flow_through_the_proxy_conforms_and_answers_what_the_upstream_answered()
    {
        var company = await _upstream.CreateCompanyAsync(usdtBalance: 1000m, trxBalance: 10m);
        using var api = _proxy.Client(company.ApiKey);
        using var direct = _upstream.CreateClient(company.ApiKey);
        await _proxy.Http.DeleteAsync(new Uri("_sandbox/drift", UriKind.Relative));

        var order = await api.OrderAsync(5000m, "drift-flow-1");
        await _upstream.Orders.CompleteAsync(order.Id());
        using (var dispute = await api.PostAsJsonAsync($"orders/{order.Id()}/disputes", new { reason = "The customer says it was paid twice" }))
        {
            await dispute.JsonAsync(201);
        }

        using (var wallet = await api.PostAsJsonAsync("user-wallets", new { externalId = "drift-user-1" }))
        {
            await wallet.JsonAsync(201);
        }

        var disputeId = (await api.GetJsonAsync("disputes")).GetProperty("disputes")[0].Id();
        var walletId = (await api.GetJsonAsync("user-wallets")).GetProperty("userWallets")[0].Id();
        string[] reads =
        [
            $"orders/{order.Id()}", "orders?limit=10", "disputes", $"disputes/{disputeId}", "user-wallets", $"user-wallets/{walletId}",
            $"user-wallets/{walletId}/deposits", "wallets/balance", "wallets/deposits", "rates/current", "auth/company/profile",
        ];
        foreach (var path in reads)
        {
            using var viaProxy = await api.GetAsync(new Uri(path, UriKind.Relative));
            using var viaUpstream = await direct.GetAsync(new Uri(path, UriKind.Relative));
            Assert.That((int)viaProxy.StatusCode, Is.EqualTo((int)viaUpstream.StatusCode), path);
            Assert.That(viaProxy.Content.Headers.ContentType?.ToString(), Is.EqualTo(viaUpstream.Content.Headers.ContentType?.ToString()), path);
            Assert.That(await viaProxy.Content.ReadAsStringAsync(), Is.EqualTo(await viaUpstream.Content.ReadAsStringAsync()), path);
        }

        var report = await _proxy.DriftAsync();
        Assert.That(report.Findings(), Is.Empty, report.ToString());
        Assert.That(report.GetProperty("calls").GetInt64(), Is.EqualTo(6 + reads.Length), "prepare, accept, dispute, wallet, two lists, and the reads");
        Assert.That(report.GetProperty("conforming").GetInt64(), Is.EqualTo(report.GetProperty("calls").GetInt64()));
        Assert.That(report.GetProperty("upstream").GetString(), Is.EqualTo(_upstream.BaseAddress.AbsoluteUri));
    }

    [Test]
    public async Task The_upstream_answers_errors_too_and_they_pass_through_unchanged()
    {
        var company = await _upstream.CreateCompanyAsync();
        using var api = _proxy.Client(company.ApiKey);

        using var missing = await api.GetAsync(new Uri($"orders/{Guid.NewGuid()}", UriKind.Relative));
        using var invalid = await api.PostAsJsonAsync("orders/prepare", new { qrCode = 5 });

        Assert.That((int)missing.StatusCode, Is.EqualTo(404));
        var body = await invalid.JsonAsync(400);
        Assert.That(body.GetProperty("message")[0].GetString(), Does.Contain("qrCode"), "the upstream's own validation message");
    }

    [Test]
    public async Task A_request_that_breaks_the_document_is_forwarded_and_reported()
    {
        var company = await _upstream.CreateCompanyAsync();
        using var api = _proxy.Client(company.ApiKey);
        await _proxy.Http.DeleteAsync(new Uri("_sandbox/drift", UriKind.Relative));

        using var answer = await api.GetAsync(new Uri("orders?limit=0", UriKind.Relative));

        Assert.That((int)answer.StatusCode, Is.EqualTo(400), "the upstream decided, not the proxy");
        var findings = (await _proxy.DriftAsync()).Findings();
        Assert.That(findings, Is.EqualTo(new[] { ("listOrders", "request-parameter", 400, "query.limit") }));
    }

    [Test]
    public async Task The_journal_records_proxied_calls_with_their_operation()
    {
        var company = await _upstream.CreateCompanyAsync();
        using var api = _proxy.Client(company.ApiKey);
        var marker = Guid.NewGuid();

        using var answer = await api.GetAsync(new Uri($"orders/{marker}", UriKind.Relative));

        using var journal = await _proxy.Http.GetAsync(new Uri($"_sandbox/requests?path=/orders/{marker}", UriKind.Relative));
        var entries = (await journal.JsonAsync(200)).GetProperty("requests");
        Assert.That(entries.GetArrayLength(), Is.EqualTo(1));
        Assert.That(entries[0].GetProperty("operationId").GetString(), Is.EqualTo("getOrder"));
        Assert.That(entries[0].GetProperty("status").GetInt32(), Is.EqualTo(404));
    }

    [Test]
    public async Task The_control_api_docs_and_console_stay_local()
    {
        using var health = await _proxy.Http.GetAsync(new Uri("_sandbox/health", UriKind.Relative));
        using var document = await _proxy.Http.GetAsync(new Uri("openapi.json", UriKind.Relative));
        using var console = await _proxy.Http.GetAsync(new Uri("_sandbox/ui/drift.js", UriKind.Relative));
        using var unknownControl = await _proxy.Http.GetAsync(new Uri("_sandbox/nothing-here", UriKind.Relative));

        Assert.That((int)health.StatusCode, Is.EqualTo(200));
        Assert.That((int)document.StatusCode, Is.EqualTo(200));
        Assert.That((int)console.StatusCode, Is.EqualTo(200));
        Assert.That((int)unknownControl.StatusCode, Is.EqualTo(404));
        var upstreamCalls = await _upstream.ControlClient.GetStringAsync(new Uri("_sandbox/requests?path=/_sandbox/nothing-here", UriKind.Relative));
        Assert.That(JsonDocument.Parse(upstreamCalls).RootElement.GetProperty("requests").GetArrayLength(), Is.Zero);
    }
}
