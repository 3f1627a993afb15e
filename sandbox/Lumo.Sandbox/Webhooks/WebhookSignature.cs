using System.Security.Cryptography;
using System.Text;

namespace Lumo.Sandbox.Webhooks;

/// <summary>
/// <c>X-Lumo-Signature</c>: the lowercase hex HMAC-SHA256 of the raw request body, keyed with the company's
/// webhook secret (its UTF-8 bytes), so a receiver can check the body came from the sandbox unchanged.
/// </summary>
internal static class WebhookSignature
{
    public const string Header = "X-Lumo-Signature";

    public static string Compute(string secret, ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
