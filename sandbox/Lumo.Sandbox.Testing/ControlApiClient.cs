using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Testing;

/// <summary>Calls the sandbox's control API; fails with the sandbox's own error text when a call is refused.</summary>
internal sealed class ControlApiClient(HttpClient http)
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public HttpClient Http { get; } = http;

    /// <summary><c>path?name=value&amp;…</c> with the non-null values escaped.</summary>
    public static string WithQuery(string path, params (string Name, object? Value)[] query)
    {
        var text = new StringBuilder(path);
        var separator = '?';
        foreach (var (name, value) in query)
        {
            if (value is null)
            {
                continue;
            }

            var formatted = value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString()!;
            text.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(formatted));
            separator = '&';
        }

        return text.ToString();
    }

    public async Task<T> GetAsync<T>(string path, CancellationToken cancellation)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative), cancellation).ConfigureAwait(false);
        return await ReadAsync<T>(response, cancellation).ConfigureAwait(false);
    }

    public async Task<T> PostAsync<T>(string path, object? body, CancellationToken cancellation)
    {
        using var response = await SendRawAsync(HttpMethod.Post, path, body, cancellation).ConfigureAwait(false);
        return await ReadAsync<T>(response, cancellation).ConfigureAwait(false);
    }

    public async Task SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellation)
    {
        using var response = await SendRawAsync(method, path, body, cancellation).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellation).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, object? body, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is string json)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: JsonOptions);
        }

        return await Http.SendAsync(request, cancellation).ConfigureAwait(false);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellation)
    {
        await EnsureSuccessAsync(response, cancellation).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync<T>(JsonOptions, cancellation).ConfigureAwait(false)
            ?? throw new LumoSandboxException($"The sandbox answered {(int)response.StatusCode} with no body") { StatusCode = (int)response.StatusCode };
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellation)
    {
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false);
            throw new LumoSandboxException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}: {text}")
            {
                StatusCode = (int)response.StatusCode,
            };
        }
    }
}
