using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Scenarios;

namespace Lumo.Sandbox.Hosting;

/// <summary>The command line: options → app → run; a bad option, document or scenario exits non-zero with why.</summary>
public static class SandboxProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["--help" or "-h"])
        {
            await Console.Out.WriteLineAsync(SandboxOptionsParser.Usage);
            return 0;
        }

        if (args is ["drift", .. var driftArgs])
        {
            return await DriftCommand.RunAsync(driftArgs, Environment.GetEnvironmentVariable, Console.Out, Console.Error);
        }

        if (args is ["healthcheck", ..])
        {
            return await HealthCheck.RunAsync(Environment.GetEnvironmentVariable("LUMO_SANDBOX_PORT"));
        }

        WebApplication app;
        try
        {
            var options = SandboxOptionsParser.Parse(args, Environment.GetEnvironmentVariable) with { OwnsStandardOutput = true };
            app = SandboxApplication.Build(options);
        }
        catch (Exception ex) when (ex is SandboxOptionsException or ContractLoadException or ScenarioLoadException)
        {
            await Console.Error.WriteLineAsync($"Lumo.Sandbox cannot start: {ex.Message}");
            return 2;
        }

        try
        {
            await app.StartAsync();
        }
        catch (Exception ex) when (ListenFailure.Describe(ex) is { } why)
        {
            await app.DisposeAsync();
            await Console.Error.WriteLineAsync($"Lumo.Sandbox cannot start: {why}");
            return 2;
        }

        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
        return 0;
    }
}
