using System.Text;
using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Engine;
using Lumo.Sandbox.Http.Auth;
using Scalar.AspNetCore;

namespace Lumo.Sandbox.Http.Docs;

/// <summary>
/// The API reference: the loaded document at /openapi.yaml (its text; the control API's token marked required when
/// the server has one) and the same document as /openapi.json, and an
/// interactive Scalar page at /docs whose "try it" calls go to this sandbox. None of these is an API
/// operation: they carry no <see cref="OperationDescriptor"/>, so the route table stays the document's.
/// </summary>
internal static class ApiReferenceEndpoints
{
    public const string YamlPath = "/openapi.yaml";
    public const string JsonPath = "/openapi.json";
    public const string DocsPrefix = "/docs";

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder routes, LoadedDocument document)
    {
        var tokenRequired = routes.ServiceProvider.GetRequiredService<AdminTokenGuard>().Enabled;
        var served = ControlSecurity.Served(document.Text, tokenRequired);
        var yaml = Encoding.UTF8.GetBytes(served);
        var json = new Lazy<byte[]>(() => OpenApiJson.Write(served)); // only written when someone asks
        // Request delegates: a lambda with a typed result would have minimal APIs compile a binder at start-up.
        routes.MapGet(YamlPath, http => Results.Bytes(yaml, "application/yaml; charset=utf-8").ExecuteAsync(http)).ExcludeFromDescription();
        routes.MapGet(JsonPath, http => Results.Bytes(json.Value, "application/json; charset=utf-8").ExecuteAsync(http)).ExcludeFromDescription();
        var runtime = routes.ServiceProvider.GetRequiredService<EngineRuntime>();
        // A sandbox guarded by an admin token does not hand out API keys to whoever opens the page.
        var prefillKey = !routes.ServiceProvider.GetRequiredService<AdminTokenGuard>().Enabled;
        routes.MapScalarApiReference(DocsPrefix, (options, http) => Configure(options, http, prefillKey ? runtime : null));
        return routes;
    }

    // Per request, so "try it" targets the host the page was loaded from (a container's mapped port included).
    private static void Configure(ScalarOptions options, HttpContext http, EngineRuntime? runtime)
    {
        options.WithTitle("Lumo B2B Platform API · Lumo.Sandbox")
            .WithOpenApiRoutePattern(JsonPath)
            .DisableDefaultFonts() // fonts would come from a CDN; the sandbox runs without internet
            .DisableTelemetry()
            .DisableAgent() // the hosted AI chat, the MCP link and the SaaS toolbar need the internet too
            .DisableMcp()
            .HideDeveloperTools()
            .ShowOperationId() // scenario rules name operations by operationId
            .AddPreferredSecuritySchemes("apiKeyAuth");
        options.Servers = [new ScalarServer($"{http.Request.Scheme}://{http.Request.Host}", "This sandbox")];

        // Prefill the current key of the scenario's first active company (the demo company by default), so
        // "try it" works at once.
        var engine = runtime?.Current;
        var first = engine?.Scenario.Companies.FirstOrDefault(c => c.IsActive);
        var key = first is null ? null : engine!.Companies.FindByEmail(first.Email)?.ApiKey;
        if (key is not null)
        {
            options.AddApiKeyAuthentication("apiKeyAuth", scheme => scheme.Value = key);
        }
    }
}
