using System.Text.RegularExpressions;

namespace Lumo.Sandbox.Drift;

/// <summary>Keeps API keys, passwords and secrets out of findings and their examples.</summary>
internal static partial class SecretNames
{
    public const string Mask = "[redacted]";

    /// <summary>Whether the last segment of a JSON path names a secret (apiKey, password, webhookSecret, token).</summary>
    public static bool IsSecret(string path)
    {
        var name = path[(path.LastIndexOfAny(['.', '[']) + 1)..];
        return SecretName().IsMatch(name);
    }

    /// <summary>Masks the given secrets and anything shaped like a Lumo API key in <paramref name="text"/>.</summary>
    public static string Scrub(string text, IReadOnlyCollection<string> secrets)
    {
        foreach (var secret in secrets)
        {
            if (secret.Length >= 4)
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        text = LumoKey().Replace(text, Mask);
        return SecretValue().Replace(text, "$1\"" + Mask + "\"");
    }

    [GeneratedRegex("(?i)(key|password|secret|token)")]
    private static partial Regex SecretName();

    [GeneratedRegex("lb2b_[0-9A-Za-z]{8,}")]
    private static partial Regex LumoKey();

    [GeneratedRegex("(\"[A-Za-z_]*(?:[Kk]ey|[Pp]assword|[Ss]ecret|[Tt]oken)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex SecretValue();
}
