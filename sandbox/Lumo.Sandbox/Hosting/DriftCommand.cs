using System.Text.Json;
using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Drift;
using Lumo.Sandbox.Http.Proxy;

namespace Lumo.Sandbox.Hosting;

/// <summary>
/// <c>drift --upstream URL --api-key KEY [--openapi PATH] [--format markdown|json] [--timeout SECONDS]</c>: probes the
/// real API read-only, prints the drift report and exits 0 (everything conforms), 1 (drift) or 2 (the upstream
/// cannot be reached or refuses the key, or the command line is wrong). No server is started.
/// </summary>
internal static class DriftCommand
{
    public const int Conforms = 0;
    public const int Drifted = 1;
    public const int Unusable = 2;

    public const string Usage = """
        Usage: Lumo.Sandbox drift --upstream URL --api-key KEY [--openapi PATH] [--format markdown|json] [--timeout SECONDS]
        Environment: LUMO_SANDBOX_UPSTREAM, LUMO_SANDBOX_API_KEY, LUMO_SANDBOX_OPENAPI (flags win).
        Probes the upstream read-only (GET operations only) and exits 0 when it conforms to the document,
        1 on drift, 2 when it cannot be reached or refuses the key.
        """;

    private static readonly string[] Names = ["upstream", "api-key", "openapi", "format", "timeout"];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, Func<string, string?> environment, TextWriter output, TextWriter errors, CancellationToken cancel = default)
    {
        Dictionary<string, string> values;
        Uri upstream;
        string apiKey;
        TimeSpan timeout;
        OperationCatalog catalog;
        try
        {
            values = Parse(args, environment);
            upstream = SandboxOptionsParser.UpstreamUri(values.GetValueOrDefault("upstream") ?? throw new SandboxOptionsException("--upstream is required"));
            apiKey = values.GetValueOrDefault("api-key") ?? throw new SandboxOptionsException("--api-key is required");
            timeout = TimeSpan.FromSeconds(values.TryGetValue("timeout", out var seconds) ? SandboxOptionsParser.Seconds("timeout", seconds) : 30);
            if (values.GetValueOrDefault("format") is { } format && format is not ("markdown" or "json"))
            {
                throw new SandboxOptionsException($"--format must be markdown or json, not '{format}'");
            }

            catalog = OperationCatalog.Build(OpenApiDocumentLoader.Load(values.GetValueOrDefault("openapi")));
        }
        catch (Exception ex) when (ex is SandboxOptionsException or ContractLoadException)
        {
            await errors.WriteLineAsync($"drift: {ex.Message}{Environment.NewLine}{Usage}").ConfigureAwait(false);
            return Unusable;
        }

        var drift = new DriftLog(upstream.AbsoluteUri, TimeProvider.System);
        using var client = new UpstreamClient(upstream, timeout);
        var probe = new DriftProbe(catalog, client, apiKey);
        try
        {
            await probe.RunAsync(drift, cancel).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is UpstreamException or KeyRefusedException)
        {
            await errors.WriteLineAsync($"drift: {SecretNames.Scrub(ex.Message, [apiKey])}").ConfigureAwait(false);
            return Unusable;
        }

        var report = drift.Snapshot();
        await output.WriteLineAsync(values.GetValueOrDefault("format") == "json"
            ? JsonSerializer.Serialize(report, DriftJsonContext.Default.DriftReport)
            : DriftMarkdown.Render(report)).ConfigureAwait(false);
        if (probe.Skipped.Count > 0)
        {
            await errors.WriteLineAsync($"drift: not probed (no id in the list answers): {string.Join(", ", probe.Skipped)}").ConfigureAwait(false);
        }

        return report.FindingCount == 0 ? Conforms : Drifted;
    }

    // The format and the timeout are flags only; the rest may come from the environment too.
    private static Dictionary<string, string> Parse(IReadOnlyList<string> args, Func<string, string?> environment) =>
        CommandLineFlags.Read(args, Names, ["upstream", "api-key", "openapi"], environment, usage: null);
}
