namespace Lumo.Sandbox.Hosting;

/// <summary>
/// Reads <c>--name value</c> and <c>--name=value</c> flags over <c>LUMO_SANDBOX_NAME</c> variables: the one flag
/// reader of the server and of the drift command, so both take their command lines alike.
/// </summary>
internal static class CommandLineFlags
{
    /// <param name="args">The command line.</param>
    /// <param name="names">The flags it accepts.</param>
    /// <param name="fromEnvironment">The flags that may also come from a <c>LUMO_SANDBOX_*</c> variable (flags win).</param>
    /// <param name="environment">Reads a variable.</param>
    /// <param name="usage">Appended to every problem's message, or null for the bare message.</param>
    public static Dictionary<string, string> Read(
        IReadOnlyList<string> args, IReadOnlyCollection<string> names, IEnumerable<string> fromEnvironment, Func<string, string?> environment, string? usage)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in fromEnvironment)
        {
            if (environment("LUMO_SANDBOX_" + name.Replace('-', '_').ToUpperInvariant()) is { Length: > 0 } value)
            {
                values[name] = value;
            }
        }

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw Problem($"Unexpected argument '{arg}'", usage);
            }

            var name = arg[2..];
            string? inline = null;
            if (name.IndexOf('=', StringComparison.Ordinal) is var eq and >= 0)
            {
                inline = name[(eq + 1)..];
                name = name[..eq];
            }

            if (!names.Contains(name))
            {
                throw Problem($"Unknown option '--{name}'", usage);
            }

            values[name] = inline ?? (i + 1 < args.Count ? args[++i] : throw Problem($"--{name} needs a value", usage));
        }

        return values;
    }

    private static SandboxOptionsException Problem(string message, string? usage) =>
        new(usage is null ? message : $"{message}.{Environment.NewLine}{usage}");
}
