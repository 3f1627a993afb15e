using System.Net;
using System.Text.Json;
using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Hosting;
using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;
using Microsoft.AspNetCore.Routing;

namespace Lumo.Sandbox.Tests.Http.Docs;

/// <summary>/openapi.yaml, /openapi.json and /docs: the loaded document, as is, and a reference page that needs no internet.</summary>
public sealed class ApiReferenceTests : SandboxTestBase
{
    [Test]
    public async Task The_yaml_is_the_loaded_document_byte_for_byte()
    {
        using var response = await Client().GetAsync(new Uri("openapi.yaml", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/yaml"));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(System.Text.Encoding.UTF8.GetBytes(OpenApiDocumentLoader.Load(null).Text)));
    }

    [Test]
    public async Task A_document_given_with_openapi_is_the_one_served()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lumo-{Guid.NewGuid():N}.yaml");
        var text = OpenApiDocumentLoader.Load(null).Text.Replace("title: Lumo B2B Platform API", "title: Lumo B2B Platform API (team copy)", StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, text);
        try
        {
            await using var sandbox = await LumoSandbox.StartAsync(o => o.WithOpenApi(path));
            using var client = sandbox.CreateClient();

            Assert.That(await client.GetStringAsync(new Uri("openapi.yaml", UriKind.Relative)), Is.EqualTo(text));
            using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("openapi.json", UriKind.Relative)));
            Assert.That(json.RootElement.GetProperty("info").GetProperty("title").GetString(), Is.EqualTo("Lumo B2B Platform API (team copy)"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task The_json_has_every_operation_of_the_document_with_its_tags()
    {
        using var response = await Client().GetAsync(new Uri("openapi.json", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var served = json.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("operationId", out _))
                .Select(o => $"{o.Name.ToUpperInvariant()} {p.Name} {o.Value.GetProperty("operationId").GetString()} [{string.Join(",", o.Value.GetProperty("tags").EnumerateArray().Select(t => t.GetString()))}]"))
            .Order(StringComparer.Ordinal);
        var loaded = OpenApiDocumentLoader.Load(null).Document.Paths
            .SelectMany(p => p.Value.Operations.Select(o => $"{o.Key.ToString().ToUpperInvariant()} {p.Key} {o.Value.OperationId} [{string.Join(",", o.Value.Tags.Select(t => t.Name))}]"))
            .Order(StringComparer.Ordinal);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(served, Is.EqualTo(loaded));
        Assert.That(json.RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject().Count(), Is.EqualTo(OpenApiDocumentLoader.Load(null).Document.Components.Schemas.Count));
    }

    [Test]
    public async Task Example_times_in_the_json_keep_the_apis_utc_form()
    {
        var text = await Client().GetStringAsync(new Uri("openapi.json", UriKind.Relative));

        Assert.That(text, Does.Contain("\"expiresAt\": \"2026-01-01T12:00:30Z\""));
        Assert.That(text, Does.Not.Contain("+00:00"));
    }

    [Test]
    public async Task The_reference_page_reads_the_json_and_loads_everything_from_the_sandbox()
    {
        using var response = await Client().GetAsync(new Uri("docs/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("\"url\":\"openapi.json\"").And.Contain("This sandbox").And.Contain(Sandbox.BaseAddress.Authority));
        Assert.That(html, Does.Not.Match("src=\"https?://"), "the page must not load scripts from the internet");
        using var bundle = await Client().GetAsync(new Uri("docs/scalar.js", UriKind.Relative));
        Assert.That(bundle.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_reference_page_fills_in_the_demo_key_unless_the_sandbox_has_an_admin_token()
    {
        await using var guarded = await LumoSandbox.StartAsync(o => o.WithAdminToken("s3cret"));
        using var client = guarded.CreateClient();

        var open = await Client().GetStringAsync(new Uri("docs/", UriKind.Relative));
        var closed = await client.GetStringAsync(new Uri("docs/", UriKind.Relative));

        Assert.That(open, Does.Contain("lb2b_0123456789abcdef0123456789abcdef"));
        Assert.That(closed, Does.Not.Contain("lb2b_"));
    }

    [Test]
    public async Task Reference_paths_are_endpoints_but_not_api_operations()
    {
        await using var app = SandboxApplication.Build(new SandboxOptions { Port = 0, Clock = "virtual" });

        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is "/openapi.yaml" or "/openapi.json" || e.RoutePattern.RawText!.StartsWith("/docs", StringComparison.Ordinal))
            .ToList();

        Assert.That(endpoints.Select(e => e.RoutePattern.RawText), Does.Contain("/openapi.yaml").And.Contain("/openapi.json").And.Some.StartsWith("/docs"));
        Assert.That(endpoints.Select(e => e.Metadata.GetMetadata<OperationDescriptor>()), Is.All.Null);
    }
}
