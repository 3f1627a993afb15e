using System.Security.Cryptography;
using System.Text;

namespace Lumo.Sandbox.Testing;

/// <summary>
/// The webhook deliveries the sandbox made to your receiver. Listing waits for attempts in flight, so after an
/// API call or a clock advance the answer is settled: no sleeping in tests.
/// </summary>
public sealed class SandboxWebhooks
{
    private readonly ControlApiClient _control;

    internal SandboxWebhooks(ControlApiClient control) => _control = control;

    /// <summary>Deliveries, newest first, each with its attempts and payload; optionally of one company.</summary>
    public async Task<IReadOnlyList<SandboxWebhookDelivery>> ListAsync(Guid? companyId = null, int limit = 50, CancellationToken cancellation = default)
    {
        var query = $"_sandbox/webhooks?limit={limit}";
        if (companyId is not null)
        {
            query += $"&companyId={companyId}";
        }

        var list = await _control.GetAsync<DeliveryList>(query, cancellation).ConfigureAwait(false);
        return list.Deliveries;
    }

    /// <summary>
    /// The <c>X-Lumo-Signature</c> a body must carry: lowercase hex HMAC-SHA256 of the raw body keyed with the
    /// company's webhook secret. Compare with <see cref="CryptographicOperations.FixedTimeEquals"/> in a receiver.
    /// </summary>
    public static string Sign(string webhookSecret, ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(webhookSecret), body));

    private sealed record DeliveryList(IReadOnlyList<SandboxWebhookDelivery> Deliveries);
}
