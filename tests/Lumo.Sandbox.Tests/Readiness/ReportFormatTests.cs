using System.Xml.Linq;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Readiness;

/// <summary>The report's shape over HTTP (checked against the document), its markdown and its JUnit XML.</summary>
public sealed class ReportFormatTests : ReadinessTestBase
{
    [Test]
    public async Task The_json_report_lists_every_case_in_catalogue_order_and_is_not_ready_until_all_are_observed()
    {
        var order = await OrderIdAsync("json-1");
        await Sandbox.Orders.CompleteAsync(order);
        await Api.GetJsonAsync($"orders/{order}");

        var json = await Client().GetJsonAsync($"_sandbox/report?companyId={Company.Id}");

        Assert.That(json.GetProperty("companyId").GetGuid(), Is.EqualTo(Company.Id));
        Assert.That(json.GetProperty("ready").GetBoolean(), Is.False);
        var ids = json.GetProperty("cases").EnumerateArray().Select(c => c.Str("id")).ToList();
        Assert.That(ids, Is.EqualTo(Lumo.Sandbox.Readiness.ReadinessCatalog.Cases.Select(c => c.Id)));
        Assert.That(ids, Has.Count.EqualTo(14));
        var paid = json.GetProperty("cases").EnumerateArray().Single(c => c.Str("id") == "order-paid");
        Assert.That(paid.Str("status"), Is.EqualTo("observed"));
        Assert.That(json.GetProperty("warnings").GetArrayLength(), Is.EqualTo(0));
    }

    [Test]
    public async Task Without_a_company_a_case_is_observed_when_any_company_observed_it()
    {
        var order = await OrderIdAsync("all-1");
        await Sandbox.Orders.FailAsync(order, "payment_rejected");
        await Api.GetJsonAsync($"orders/{order}");

        var all = await Sandbox.Report.GetAsync(null);
        var fresh = await Sandbox.CreateCompanyAsync();
        var other = await Sandbox.Report.GetAsync(fresh.Id);

        Assert.That(all.CompanyId, Is.Null);
        Assert.That(all.Case("payment-rejected").IsObserved, Is.True);
        Assert.That(other.Case("payment-rejected").IsObserved, Is.False, "another company's evidence is not this one's");
    }

    [Test]
    public async Task An_unknown_company_is_404()
    {
        var answer = await Client().GetJsonAsync($"_sandbox/report?companyId={Guid.NewGuid()}", 404);

        Assert.That(answer.Str("message"), Is.EqualTo("Company not found"));
    }

    [Test]
    public async Task An_unknown_format_is_400()
    {
        await Client().GetJsonAsync($"_sandbox/report?companyId={Company.Id}&format=pdf", 400);
    }

    [Test]
    public async Task The_junit_report_is_junit_xml_with_a_failure_per_missing_case_and_warnings_in_system_out()
    {
        var order = await OrderIdAsync("junit-1");
        await Sandbox.Orders.CompleteAsync(order);
        await Api.GetJsonAsync($"orders/{order}");
        var quote = await QuoteIdAsync("junit-2");
        using (var accepted = await Api.AcceptAsync(quote))
        {
            await accepted.JsonAsync(201);
        }

        // The conformance-checking client reads JSON bodies only; the document's application/xml example is checked by the contract tests.
        using var response = await Sandbox.ControlClient.GetAsync(new Uri($"_sandbox/report?companyId={Company.Id}&format=junit", UriKind.Relative));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/xml"));
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        var suites = xml.Root!;
        Assert.That(suites.Name.LocalName, Is.EqualTo("testsuites"));
        var suite = suites.Elements("testsuite").Single();
        var cases = suite.Elements("testcase").ToList();
        Assert.That(cases, Has.Count.EqualTo(14));
        Assert.That((int)suite.Attribute("tests")!, Is.EqualTo(14));
        Assert.That((int)suite.Attribute("failures")!, Is.EqualTo(13));
        Assert.That(cases.Select(c => (string)c.Attribute("name")!), Does.Contain("order-paid").And.Contain("key-rotated"));
        Assert.That(cases.Single(c => (string)c.Attribute("name")! == "order-paid").Element("failure"), Is.Null);
        var missing = cases.Single(c => (string)c.Attribute("name")! == "key-rotated").Element("failure")!;
        Assert.That((string)missing.Attribute("message")!, Does.Contain("key-rotated"));
        Assert.That(missing.Value, Does.Contain("regenerate-key"), "the hint");
        Assert.That(suite.Element("system-out")!.Value, Does.Contain("WARNING accept-without-idempotency-key"));
        Assert.That(cases.All(c => c.Attribute("classname") is not null && c.Attribute("time") is not null), Is.True);
    }

    [Test]
    public async Task The_markdown_report_is_a_checklist_table()
    {
        var order = await OrderIdAsync("md-1");
        await Sandbox.Orders.CompleteAsync(order);
        await Api.GetJsonAsync($"orders/{order}");

        var text = await Sandbox.Report.GetTextAsync(Company.Id, "markdown");

        var rows = text.Split('\n').Where(l => l.StartsWith("| [", StringComparison.Ordinal)).ToList();
        Assert.That(rows, Has.Count.EqualTo(14));
        Assert.That(rows, Has.One.StartsWith("| [x] | `order-paid` |"));
        Assert.That(rows.Count(r => r.StartsWith("| [ ]", StringComparison.Ordinal)), Is.EqualTo(13));
        Assert.That(text, Does.StartWith("# Integration readiness: not ready"));
        Assert.That(text, Does.Contain("|---|---|---|---|"));
    }
}
