using System.Net;
using WireMock.Server;

namespace Lumo.Sandbox.Tests.Drift;

/// <summary>Upstream = WireMock answering drifted shapes: each is reported with its kind, status and JSON path, and nothing else is.</summary>
public sealed class ProxyDriftTests
{
    private WireMockServer _upstream = null!;
    private ProxyServer _proxy = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _upstream = DriftedUpstream.Start();
        _proxy = await ProxyServer.StartAsync(DriftedUpstream.BaseUrl(_upstream));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _proxy.DisposeAsync();
        _upstream.Stop();
        _upstream.Dispose();
    }

    [SetUp]
    public Task ClearAsync() => _proxy.Http.DeleteAsync(new Uri("_sandbox/drift", UriKind.Relative));

    [TestCase("orders/" + DriftedUpstream.OrderId, "getOrder", "response-body", 200, "$.amountUsdt", "number", "string \"52.63\"")]
    [TestCase("orders", "listOrders", "response-body", 200, "$.orders[0].status", "one of created, in_progress, success, failed, disputed", "string \"refunded\"")]
    [TestCase("rates/current", "getCurrentRate", "response-body", 200, "$.updatedAt", "required property", "missing")]
    [TestCase("auth/company/profile", "getCompanyProfile", "undocumented-property", 200, "$.tier", "no such property in CompanyProfile", "string \"gold\"")]
    [TestCase("user-wallets/blocked", "listBlockedUserWallets", "response-status", 422, "$", "one of 200, 400, 401, 403, 429, 503", "422")]
    [TestCase("user-wallets", "listUserWallets", "response-content-type", 503, "$", "application/json", "text/html")]
    [TestCase("v2/orders", "GET /v2/orders", "undocumented-operation", 200, "$", "an operation of the document", "GET /v2/orders")]
    public async Task Each_drift_is_one_finding_of_its_kind_at_its_path(string path, string operation, string kind, int status, string jsonPath, string expected, string actual)
    {
        using var api = _proxy.Client(DriftedUpstream.ApiKey);

        using var answer = await api.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That((int)answer.StatusCode, Is.EqualTo(status), "the client sees the upstream's status");
        var report = await _proxy.DriftAsync();
        Assert.That(report.Findings(), Is.EqualTo(new[] { (operation, kind, status, jsonPath) }));
        var finding = report.Finding(kind, jsonPath);
        Assert.That(finding.GetProperty("expected").GetString(), Is.EqualTo(expected));
        Assert.That(finding.GetProperty("actual").GetString(), Is.EqualTo(actual));
        Assert.That(finding.GetProperty("count").GetInt64(), Is.EqualTo(1));
        Assert.That(report.GetProperty("conforming").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task A_renamed_field_is_a_missing_required_one_and_an_undocumented_one()
    {
        using var api = _proxy.Client(DriftedUpstream.ApiKey);

        using var answer = await api.GetAsync(new Uri("wallets/balance", UriKind.Relative));

        Assert.That((await _proxy.DriftAsync()).Findings(), Is.EquivalentTo(new[]
        {
            ("getWalletBalance", "response-body", 200, "$.frozenBalance"),
            ("getWalletBalance", "undocumented-property", 200, "$.frozenUsdt"),
        }));
    }

    [Test]
    public async Task A_path_neither_the_document_nor_the_upstream_has_is_forwarded_but_is_not_drift()
    {
        using var api = _proxy.Client(DriftedUpstream.ApiKey);

        using var answer = await api.GetAsync(new Uri("v3/nothing", UriKind.Relative));

        Assert.That((int)answer.StatusCode, Is.EqualTo(404), "WireMock's own 404");
        var report = await _proxy.DriftAsync();
        Assert.That(report.Findings(), Is.Empty);
        Assert.That((report.GetProperty("calls").GetInt64(), report.GetProperty("conforming").GetInt64()), Is.EqualTo((1L, 1L)));
    }

    [Test]
    public async Task A_compressed_answer_passes_through_compressed_and_is_checked_decoded()
    {
        using var api = _proxy.Client(DriftedUpstream.ApiKey);

        using var answer = await api.GetAsync(new Uri("wallets/deposits", UriKind.Relative));

        Assert.That(answer.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }), "as the upstream sent it");
        await using var body = new System.IO.Compression.GZipStream(await answer.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(body);
        Assert.That(await reader.ReadToEndAsync(), Is.EqualTo(DriftedUpstream.DepositsJson));
        var report = await _proxy.DriftAsync();
        Assert.That(report.Findings(), Is.Empty, report.ToString());
        Assert.That(report.GetProperty("conforming").GetInt64(), Is.EqualTo(1));
    }

    [Test]
    public async Task The_same_drift_seen_twice_is_one_finding_counted_twice()
    {
        using var api = _proxy.Client(DriftedUpstream.ApiKey);

        (await api.GetAsync(new Uri("rates/current", UriKind.Relative))).Dispose();
        (await api.GetAsync(new Uri("rates/current", UriKind.Relative))).Dispose();

        var report = await _proxy.DriftAsync();
        var finding = report.Finding("response-body", "$.updatedAt");
        Assert.That(finding.GetProperty("count").GetInt64(), Is.EqualTo(2));
        Assert.That(finding.GetProperty("lastSeenAt").GetDateTimeOffset(), Is.GreaterThanOrEqualTo(finding.GetProperty("firstSeenAt").GetDateTimeOffset()));
        Assert.That(report.GetProperty("calls").GetInt64(), Is.EqualTo(2));
    }

    [Test]
    public async Task The_client_gets_the_upstream_answer_unchanged_and_the_upstream_gets_the_path_under_its_base()
    {
        using var api = _proxy.Client(DriftedUpstream.ApiKey);

        using var answer = await api.GetAsync(new Uri("user-wallets", UriKind.Relative));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(answer.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(await answer.Content.ReadAsStringAsync(), Is.EqualTo("<html><body>Service Unavailable</body></html>"));
        var received = _upstream.LogEntries.Last(e => e.RequestMessage.Path.EndsWith("/user-wallets", StringComparison.Ordinal)).RequestMessage;
        Assert.That(received.Path, Is.EqualTo(DriftedUpstream.BasePath + "/user-wallets"));
        Assert.That(received.Headers!["X-API-Key"].Single(), Is.EqualTo(DriftedUpstream.ApiKey), "the integrator's own key passes through");
    }

    [Test]
    public async Task The_markdown_report_is_a_table_of_the_findings()
    {
        using var api = _proxy.Client(DriftedUpstream.ApiKey);
        (await api.GetAsync(new Uri("orders/" + DriftedUpstream.OrderId, UriKind.Relative))).Dispose();

        using var answer = await _proxy.Http.GetAsync(new Uri("_sandbox/drift?format=markdown", UriKind.Relative));
        var text = await answer.Content.ReadAsStringAsync();

        Assert.That(answer.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/markdown"));
        Assert.That(text, Does.Contain("| operation | kind | status | path | expected | actual | count | last seen |"));
        Assert.That(text, Does.Contain("| `getOrder` GET /orders/{id} | response-body | 200 | `$.amountUsdt` | number | string \"52.63\" | 1 |"));
    }

    [Test]
    public async Task Clearing_the_report_forgets_every_finding()
    {
        using var api = _proxy.Client(DriftedUpstream.ApiKey);
        (await api.GetAsync(new Uri("rates/current", UriKind.Relative))).Dispose();

        using var cleared = await _proxy.Http.DeleteAsync(new Uri("_sandbox/drift", UriKind.Relative));

        Assert.That((int)cleared.StatusCode, Is.EqualTo(204));
        var report = await _proxy.DriftAsync();
        Assert.That(report.Findings(), Is.Empty);
        Assert.That(report.GetProperty("calls").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task The_api_key_appears_in_no_finding_example_journal_entry_or_log_line()
    {
        using var api = _proxy.Client(DriftedUpstream.ApiKey);
        using var byQuery = new HttpClient { BaseAddress = _proxy.BaseAddress };
        (await api.GetAsync(new Uri("auth/company/profile", UriKind.Relative))).Dispose();
        (await byQuery.GetAsync(new Uri("rates/current?api_key=" + DriftedUpstream.ApiKey, UriKind.Relative))).Dispose();
        const string password = "hunter2-very-secret";
        using (var login = await byQuery.PostAsync(new Uri("auth/company/login", UriKind.Relative), new StringContent($"{{\"email\":\"demo@lumo.test\",\"password\":\"{password}\"}}", System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.That(await login.Content.ReadAsStringAsync(), Does.Contain(DriftedUpstream.IssuedKey), "the client gets its new key");
        }

        var report = await _proxy.DriftTextAsync();
        var markdown = await _proxy.DriftTextAsync("?format=markdown");
        var journal = await _proxy.JournalTextAsync();

        Assert.That(report, Does.Contain("$.tier").And.Contain("$.updatedAt").And.Contain("$.expiresIn"), "the calls were checked");
        string[] secrets = [DriftedUpstream.ApiKey, DriftedUpstream.IssuedKey, password];
        foreach (var secret in secrets)
        {
            Assert.That(report, Does.Not.Contain(secret));
            Assert.That(markdown, Does.Not.Contain(secret));
            Assert.That(journal, Does.Not.Contain(secret));
            Assert.That(_proxy.Logs.Lines, Has.None.Contain(secret));
        }

        Assert.That(journal, Does.Contain("/rates/current").And.Contain("/auth/company/login"));
        Assert.That(_proxy.Logs.Lines, Is.Not.Empty);
    }
}
