using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Lumo.Sandbox.Samples.Checkout;

/// <summary>
/// The shop's endpoint for Lumo webhooks: host it in your web app with
/// <c>app.MapPost("/lumo/webhooks", receiver.HandleAsync)</c> and set that URL as the company's <c>webhookUrl</c>.
/// It trusts nothing before checking <c>X-Lumo-Signature</c> (HMAC-SHA256 of the raw body, keyed with the
/// company's webhook secret), ignores a repeated event id (delivery is at-least-once), and hands final order
/// statuses to <see cref="CheckoutService"/>. A real shop would record the events in its database.
/// </summary>
/// <param name="webhookSecret">The company's webhook secret.</param>
public sealed class OrderWebhookReceiver(string webhookSecret)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(webhookSecret);
    private readonly ConcurrentDictionary<Guid, LumoWebhookEvent> _handled = new();
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<LumoOrder>> _finalOrders = new();

    /// <summary>Events accepted so far (signature valid), each once.</summary>
    public IReadOnlyCollection<LumoWebhookEvent> Handled => [.. _handled.Values];

    /// <summary>Answers 2xx once the event is safely handled; anything else makes Lumo retry it later.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
        if (!IsSignedByLumo(body.ToArray(), request.Headers["X-Lumo-Signature"].ToString()))
        {
            return Results.Unauthorized();
        }

        var received = JsonSerializer.Deserialize<LumoWebhookEvent>(body.ToArray(), Json)!;
        if (_handled.TryAdd(received.Id, received) && received.Type == "order.status_changed")
        {
            var order = received.Data.Deserialize<LumoOrder>(Json)!;
            if (order.IsFinal)
            {
                FinalOrder(order.Id).TrySetResult(order);
            }
        }

        return Results.Ok();
    }

    /// <summary>Completes when a webhook says the order is final (at once if one already did).</summary>
    public Task<LumoOrder> WaitForFinalAsync(Guid orderId, CancellationToken cancellation) =>
        FinalOrder(orderId).Task.WaitAsync(cancellation);

    private TaskCompletionSource<LumoOrder> FinalOrder(Guid orderId) =>
        _finalOrders.GetOrAdd(orderId, _ => new TaskCompletionSource<LumoOrder>(TaskCreationOptions.RunContinuationsAsynchronously));

    private bool IsSignedByLumo(byte[] body, string signature)
    {
        var expected = HMACSHA256.HashData(_secret, body);
        var given = signature.Length == expected.Length * 2 && signature.All(Uri.IsHexDigit) ? Convert.FromHexString(signature) : [];
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
