using System.Net;

namespace Lumo.Sandbox.Http.Proxy;

/// <summary>
/// The one HTTP client of the proxy and the drift probe: no redirects followed, no cookies, no decompression (the
/// upstream's answer goes back as it came), and a deadline per call so that no client waits longer than the timeout.
/// </summary>
internal sealed class UpstreamClient : IDisposable
{
    // RFC 9110 §7.6.1: connection-specific headers are not forwarded. Host is the upstream's own.
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization", "TE", "Trailer",
        "Transfer-Encoding", "Upgrade", "Host",
    };

    private readonly HttpClient _client;

    public UpstreamClient(Uri baseUrl, TimeSpan timeout)
    {
        BaseUrl = baseUrl;
        Timeout = timeout;
        _client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = timeout,
        })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan, // the per-call deadline below covers the body too
        };
    }

    public Uri BaseUrl { get; }

    public TimeSpan Timeout { get; }

    /// <summary>The base URL (path included) with <paramref name="pathAndQuery"/> appended.</summary>
    public Uri Target(string pathAndQuery) => new(BaseUrl.AbsoluteUri.TrimEnd('/') + pathAndQuery);

    public static bool IsHopByHop(string header) => HopByHop.Contains(header);

    /// <summary>
    /// Sends the request and reads the whole answer within <see cref="Timeout"/>. Throws <see cref="UpstreamException"/>
    /// when the upstream cannot be reached (502) or does not answer in time (504).
    /// </summary>
    public async Task<UpstreamAnswer> SendAsync(HttpRequestMessage request, CancellationToken aborted)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        deadline.CancelAfter(Timeout);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(deadline.Token).ConfigureAwait(false);
            var headers = new List<KeyValuePair<string, string[]>>();
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            {
                if (!IsHopByHop(name) && !name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    headers.Add(new(name, [.. values]));
                }
            }

            return new UpstreamAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), headers, body);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            throw new UpstreamException(StatusCodes.Status504GatewayTimeout, $"The upstream {BaseUrl} did not answer within {Timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException ex)
        {
            throw new UpstreamException(StatusCodes.Status502BadGateway, $"The upstream {BaseUrl} could not be reached: {ex.Message}");
        }
    }

    public void Dispose() => _client.Dispose();
}

/// <summary>What the upstream answered, read whole.</summary>
internal sealed record UpstreamAnswer(int Status, string? ContentType, IReadOnlyList<KeyValuePair<string, string[]>> Headers, byte[] Body);

/// <summary>The upstream could not be used: <see cref="StatusCode"/> is 502 (unreachable) or 504 (too slow).</summary>
internal sealed class UpstreamException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
