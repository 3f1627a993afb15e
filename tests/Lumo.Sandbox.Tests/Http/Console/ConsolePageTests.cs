using System.Net;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Http.ConsolePage;

/// <summary>The console's files are served from the assembly and reference nothing outside the sandbox (it runs offline).</summary>
public sealed class ConsolePageTests : SandboxTestBase
{
    [TestCase("_sandbox/ui", "text/html")]
    [TestCase("_sandbox/ui/console.js", "text/javascript")]
    [TestCase("_sandbox/ui/console.css", "text/css")]
    public async Task Console_files_are_served_without_links_to_the_internet(string path, string mediaType)
    {
        using var response = await Client().GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
        Assert.That(text, Does.Not.Contain("http://").And.Not.Contain("https://").And.Not.Contain("//cdn"));
    }

    [Test]
    public async Task The_page_uses_only_the_control_api()
    {
        var script = await Client().GetStringAsync(new Uri("_sandbox/ui/console.js", UriKind.Relative));

        var paths = System.Text.RegularExpressions.Regex.Matches(script, "[\"`](/[^\"`?$]*)").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.That(paths, Is.Not.Empty);
        Assert.That(paths, Is.All.StartsWith("/_sandbox/"));
    }

    [Test]
    public async Task An_unknown_console_file_is_404_in_the_error_shape()
    {
        using var response = await Client().GetAsync(new Uri("_sandbox/ui/missing.js", UriKind.Relative));

        Assert.That((await response.JsonAsync(404)).Str("error"), Is.EqualTo("Not Found"));
    }

    [Test]
    public async Task The_consoles_polls_stay_out_of_the_journal_and_its_actions_do_not()
    {
        var order = await Api.OrderAsync(100m, "console");
        // One connection: Kestrel finishes a request (journal entry included) before it reads the next one.
        using var console = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { BaseAddress = Sandbox.BaseAddress };
        console.DefaultRequestHeaders.Add("X-Sandbox-Console", "1");

        (await console.GetAsync(new Uri("_sandbox/orders?limit=50", UriKind.Relative))).Dispose();
        (await console.PostAsync(new Uri($"_sandbox/orders/{order.Id()}/complete", UriKind.Relative), null)).Dispose();
        var journal = await console.GetJsonAsync("_sandbox/requests?path=/_sandbox/orders*");

        // The class shares one sandbox: other tests' control calls may be in the journal too.
        var recorded = journal.GetProperty("requests").EnumerateArray().Select(r => $"{r.Str("method")} {r.Str("path")}").ToList();
        Assert.That(recorded.Where(r => r.StartsWith("GET ", StringComparison.Ordinal)).ToList(), Is.Empty);
        Assert.That(string.Join(" | ", recorded.Where(r => r.Contains(order.Id().ToString(), StringComparison.Ordinal))), Is.EqualTo($"POST /_sandbox/orders/{order.Id()}/complete"));
    }
}
