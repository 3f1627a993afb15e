using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace Lumo.Sandbox.Webhooks;

/// <summary>
/// Makes one HTTP attempt and reports what happened; never throws, because a receiver that is slow, down or
/// refusing must never hurt the sandbox. One pooled handler for the whole process (no socket exhaustion);
/// redirects are not followed (a 3xx is a failed attempt), and no answer within <see cref="Timeout"/> is one.
/// </summary>
internal sealed class WebhookSender : IDisposable
{
    // A property, not a static field: reading the default (the option parser does) does not build the header values below.
    public static TimeSpan DefaultTimeout => TimeSpan.FromSeconds(5);

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private static readonly ProductInfoHeaderValue UserAgent = new("Lumo.Sandbox-Webhooks", "1.0");

    private readonly HttpClient _http;

    public WebhookSender(TimeSpan timeout)
    {
        Timeout = timeout;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            ConnectTimeout = timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    /// <summary>How long a receiver has to answer (5 s; tests may shorten it).</summary>
    public TimeSpan Timeout { get; }

    /// <summary>POSTs the delivery's body; <paramref name="at"/> is the attempt's sandbox start time.</summary>
    public async Task<WebhookAttempt> SendAsync(WebhookDelivery delivery, DateTimeOffset at)
    {
        var started = Stopwatch.GetTimestamp();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url);
            request.Content = new ByteArrayContent(delivery.Body);
            request.Content.Headers.ContentType = Json;
            request.Headers.UserAgent.Add(UserAgent);
            request.Headers.Add("X-Lumo-Event", delivery.Type);
            request.Headers.Add("X-Lumo-Delivery", delivery.EventId.ToString());
            request.Headers.Add(WebhookSignature.Header, delivery.Signature);

            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return new WebhookAttempt(at, (int)response.StatusCode, null, Elapsed(started));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            var seconds = Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            return new WebhookAttempt(at, null, $"Timeout: no answer within {seconds} s", Elapsed(started));
        }
#pragma warning disable CA1031 // any failure to reach the receiver is recorded as the attempt's error
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new WebhookAttempt(at, null, ex.Message, Elapsed(started));
        }
    }

    public void Dispose() => _http.Dispose();

    private static int Elapsed(long started) => (int)Math.Min(int.MaxValue, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}
