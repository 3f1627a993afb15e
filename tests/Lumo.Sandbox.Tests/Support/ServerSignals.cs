namespace Lumo.Sandbox.Tests.Support;

/// <summary>Waits on what the server shows, never on elapsed time: a busy machine makes it slower, not wrong.</summary>
internal static class ServerSignals
{
    /// <summary>
    /// Until <c>GET /orders/{id}</c> finds the order: an accept has been handled, even while its answer is still held
    /// back. Polled without pauses (each GET is a round trip); the bound is on attempts, not on time.
    /// </summary>
    public static async Task WaitUntilOrderExistsAsync(HttpClient api, Guid id, Task<HttpResponseMessage> accept)
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            Assert.That(accept.IsCompleted, Is.False, "the accept answered before the test could act on its held-back answer");
            using var response = await api.GetAsync(new Uri($"orders/{id}", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return;
            }
        }

        Assert.Fail("the accept was never handled");
    }
}
