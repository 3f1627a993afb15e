using System.Text;
using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Webhooks;

namespace Lumo.Sandbox.Tests.Webhooks;

/// <summary>X-Lumo-Signature against the published HMAC-SHA256 test vector.</summary>
public sealed class WebhookSignatureTests
{
    private const string Message = "The quick brown fox jumps over the lazy dog";
    private const string Expected = "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8";

    [Test]
    public void The_signature_is_lowercase_hex_hmac_sha256_of_the_body() =>
        Assert.That(WebhookSignature.Compute("key", Encoding.UTF8.GetBytes(Message)), Is.EqualTo(Expected));

    [Test]
    public void The_fixture_library_signs_the_same_way() =>
        Assert.That(SandboxWebhooks.Sign("key", Encoding.UTF8.GetBytes(Message)), Is.EqualTo(Expected));
}
