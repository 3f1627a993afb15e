using System.Collections.Frozen;

namespace Lumo.Sandbox.Http.Console;

/// <summary>
/// The sandbox console at /_sandbox/ui: one static page (HTML, JS, CSS embedded in this assembly; no build step,
/// nothing from a CDN) that shows and drives the sandbox through the control API only. It is not an API operation.
/// </summary>
internal static class ConsoleEndpoints
{
    public const string PagePath = "/_sandbox/ui";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["console.js"] = "text/javascript; charset=utf-8",
        ["report.js"] = "text/javascript; charset=utf-8",
        ["console.css"] = "text/css; charset=utf-8",
        ["drift.js"] = "text/javascript; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEndpointRouteBuilder MapSandboxConsole(this IEndpointRouteBuilder routes)
    {
        // Read when first asked for; request delegates rather than lambdas with parameters, which would have minimal
        // APIs compile a binder for each route at start-up.
        var assets = new Lazy<FrozenDictionary<string, ConsoleAsset>>(() =>
            ContentTypes.ToFrozenDictionary(a => a.Key, a => new ConsoleAsset(Read(a.Key), a.Value), StringComparer.Ordinal));
        routes.MapGet(PagePath, http => assets.Value["index.html"].WriteAsync(http)).ExcludeFromDescription();
        routes.MapGet(PagePath + "/{file}", http =>
            http.Request.RouteValues["file"] is string file && assets.Value.TryGetValue(file, out var asset) ? asset.WriteAsync(http) : WriteNotFound(http)).ExcludeFromDescription();
        return routes;
    }

    // The error shape middleware turns a bodiless 404 into the API's error body.
    private static Task WriteNotFound(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static byte[] Read(string file)
    {
        var name = "console/" + file;
        using var stream = typeof(ConsoleEndpoints).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The console asset {name} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
