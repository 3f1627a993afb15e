using System.Net;
using System.Net.Http.Json;

namespace Lumo.Sandbox.Samples.Checkout;

/// <summary>
/// Pays an SBP (NSPK) QR code with the company's USDT through the Lumo B2B API, the way a production checkout
/// should: prepare a quote, accept it with an <c>Idempotency-Key</c>, then poll the order until it is final.
/// <list type="bullet">
/// <item>A 429/502/503/504, a time-out or a dropped connection is retried (after Retry-After when the API sends
/// one). An accept is retried with the <em>same</em> key, so the API answers the stored order instead of paying twice.</item>
/// <item>A quote that expired before it could be accepted (409 "Quote expired") is replaced by a new quote.</item>
/// <item>A quote the balance cannot cover is not accepted at all.</item>
/// </list>
/// </summary>
/// <param name="lumo">An HttpClient with the Lumo API's base address and the company's <c>X-API-Key</c>.</param>
/// <param name="options">Time-outs, retries and polling; production defaults when null.</param>
public sealed class CheckoutService(HttpClient lumo, CheckoutOptions? options = null)
{
    private readonly CheckoutOptions _options = options ?? new CheckoutOptions();

    /// <summary>Pays <paramref name="qrCode"/> for the shop's order <paramref name="externalOrderId"/>.</summary>
    public async Task<PaymentResult> PayAsync(string qrCode, string externalOrderId, CancellationToken cancellation = default)
    {
        for (var quotes = 1; ; quotes++)
        {
            var quote = await PrepareAsync(qrCode, externalOrderId, cancellation);
            if (!quote.IsBalanceSufficient)
            {
                return new PaymentResult(PaymentOutcome.InsufficientBalance, quote, null, 0);
            }

            // One key per quote, reused by every retry of its accept: the order is created at most once.
            var idempotencyKey = $"{externalOrderId}:{quote.Id:N}";
            var (order, refusal, attempts) = await AcceptAsync(quote.Id, idempotencyKey, cancellation);
            if (order is not null)
            {
                return PaymentResult.Of(quote, await WaitUntilFinalAsync(order, cancellation), attempts);
            }

            if (refusal!.IsInsufficientBalance)
            {
                return new PaymentResult(PaymentOutcome.InsufficientBalance, quote, null, attempts);
            }

            if (!refusal.IsQuoteExpired || quotes == _options.MaxQuotes)
            {
                throw new LumoApiException(refusal, $"POST /orders/accept/{quote.Id}");
            }
        }
    }

    private async Task<LumoQuote> PrepareAsync(string qrCode, string externalOrderId, CancellationToken cancellation)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, "orders/prepare")
        {
            Content = JsonContent.Create(new { qrCode, externalOrderId }),
        }, cancellation);
        return await ReadAsync<LumoQuote>(response, "POST /orders/prepare", cancellation);
    }

    private async Task<(LumoOrder? Order, LumoError? Refusal, int Attempts)> AcceptAsync(Guid quoteId, string idempotencyKey, CancellationToken cancellation)
    {
        var attempts = 0;
        using var response = await SendAsync(() =>
        {
            attempts++;
            var request = new HttpRequestMessage(HttpMethod.Post, $"orders/accept/{quoteId}");
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            return request;
        }, cancellation);
        if (response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest)
        {
            return (null, await ErrorOfAsync(response, cancellation), attempts);
        }

        return (await ReadAsync<LumoOrder>(response, $"POST /orders/accept/{quoteId}", cancellation), null, attempts);
    }

    private async Task<LumoOrder> WaitUntilFinalAsync(LumoOrder order, CancellationToken cancellation)
    {
        for (var polls = 0; !order.IsFinal && polls < _options.MaxPolls; polls++)
        {
            if (_options.Webhooks is null)
            {
                await _options.Delay(_options.PollInterval, cancellation);
            }
            else if (await WebhookWithinIntervalAsync(_options.Webhooks, order.Id, cancellation) is { } pushed)
            {
                return pushed;
            }

            using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, $"orders/{order.Id}"), cancellation);
            order = await ReadAsync<LumoOrder>(response, $"GET /orders/{order.Id}", cancellation);
        }

        return order;
    }

    // The webhook usually tells first; when it has not come within a poll interval (late, or lost), the caller
    // reads the order itself.
    private async Task<LumoOrder?> WebhookWithinIntervalAsync(OrderWebhookReceiver webhooks, Guid orderId, CancellationToken cancellation)
    {
        using var interval = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var pushed = webhooks.WaitForFinalAsync(orderId, interval.Token);
        var elapsed = _options.Delay(_options.PollInterval, interval.Token);
        await Task.WhenAny(pushed, elapsed);
        await interval.CancelAsync();
        try
        {
            await elapsed;
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            // The webhook came first and cut the interval short.
        }

        return pushed.IsCompletedSuccessfully ? pushed.Result : null;
    }

    // Sends a fresh request (built by `request`) until it gets an answer that retrying cannot change.
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan? retryAfter = null;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(_options.RequestTimeout);
            try
            {
                using var message = request();
                var response = await lumo.SendAsync(message, timeout.Token);
                if (!IsTransient(response.StatusCode) || attempt == _options.MaxAttempts)
                {
                    return response;
                }

                retryAfter = response.Headers.RetryAfter?.Delta;
                response.Dispose();
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested && attempt < _options.MaxAttempts)
            {
                // Timed out. The API may have handled the call anyway: retrying is safe for reads, for prepare
                // (a spare quote just expires) and for accept (same Idempotency-Key).
            }
            catch (HttpRequestException) when (attempt < _options.MaxAttempts)
            {
                // The connection dropped: the same reasoning as a time-out.
            }

            await _options.Delay(retryAfter ?? _options.RetryDelay * Math.Pow(2, attempt - 1), cancellation);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, string request, CancellationToken cancellation)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new LumoApiException(await ErrorOfAsync(response, cancellation), request);
        }

        return (await response.Content.ReadFromJsonAsync<T>(cancellation))!;
    }

    private static async Task<LumoError> ErrorOfAsync(HttpResponseMessage response, CancellationToken cancellation) =>
        (await response.Content.ReadFromJsonAsync<LumoError>(cancellation))!;
}
