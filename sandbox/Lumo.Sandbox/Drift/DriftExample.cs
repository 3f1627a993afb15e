using System.Text;

namespace Lumo.Sandbox.Drift;

/// <summary>The example kept with a finding: the call's request line and the upstream's answer, redacted and cut.</summary>
internal static class DriftExample
{
    public const int MaxBodyBytes = 2048;

    public static string Of(string method, string pathAndQuery, int status, string? contentType, ReadOnlySpan<byte> body, IReadOnlyCollection<string> secrets)
    {
        var text = new StringBuilder();
        text.Append(method).Append(' ').Append(pathAndQuery).Append(" -> ").Append(status);
        if (contentType is { Length: > 0 })
        {
            text.Append(' ').Append(contentType);
        }

        if (!body.IsEmpty)
        {
            var cut = body.Length > MaxBodyBytes;
            text.Append('\n').Append(Encoding.UTF8.GetString(cut ? body[..MaxBodyBytes] : body));
            if (cut)
            {
                text.Append("… (").Append(body.Length).Append(" bytes)");
            }
        }

        return SecretNames.Scrub(text.ToString(), secrets);
    }
}
