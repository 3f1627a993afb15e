namespace Lumo.Sandbox.Hosting;

/// <summary><c>Lumo.Sandbox healthcheck</c>: the container's HEALTHCHECK (the runtime image has no curl).</summary>
internal static class HealthCheck
{
    public static async Task<int> RunAsync(string? port)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port ?? "8080"}/_sandbox/health"));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException)
        {
            return 1;
        }
        catch (TaskCanceledException)
        {
            return 1;
        }
    }
}
