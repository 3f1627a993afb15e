using System.Text.Json;
using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Drift;

namespace Lumo.Sandbox.Http.Proxy;

/// <summary>
/// The read-only probe of <c>drift</c>: every GET operation of the document that needs no path id, then each
/// GET with an id taken from the list answers (an order from /orders, a dispute from /disputes, a user wallet
/// from /user-wallets). Nothing else is sent: nothing is created, no money moves, the key is not rotated.
/// </summary>
internal sealed class DriftProbe(OperationCatalog catalog, UpstreamClient upstream, string apiKey)
{
    private readonly ExchangeChecker _checker = new();
    private readonly Dictionary<string, JsonDocument> _answers = new(StringComparer.Ordinal);

    /// <summary>Operations left out because no list answer gave an id for them.</summary>
    public List<string> Skipped { get; } = [];

    /// <summary>Probes into <paramref name="drift"/>; throws <see cref="UpstreamException"/> or <see cref="KeyRefusedException"/> on the first call that cannot count.</summary>
    public async Task RunAsync(DriftLog drift, CancellationToken cancel)
    {
        var reads = catalog.Operations
            .Where(o => o.Method == "GET" && !o.PathTemplate.StartsWith("/_sandbox", StringComparison.Ordinal))
            .ToList();
        try
        {
            foreach (var operation in reads.Where(o => !o.PathTemplate.Contains('{', StringComparison.Ordinal)))
            {
                await ProbeAsync(operation, operation.PathTemplate, drift, cancel).ConfigureAwait(false);
            }

            foreach (var operation in reads.Where(o => o.PathTemplate.Contains('{', StringComparison.Ordinal)))
            {
                if (PathFor(operation) is { } path)
                {
                    await ProbeAsync(operation, path, drift, cancel).ConfigureAwait(false);
                }
                else
                {
                    Skipped.Add(operation.OperationId);
                }
            }
        }
        finally
        {
            foreach (var answer in _answers.Values)
            {
                answer.Dispose();
            }
        }
    }

    private async Task ProbeAsync(OperationDescriptor operation, string path, DriftLog drift, CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, upstream.Target(path));
        request.Headers.TryAddWithoutValidation("X-API-Key", apiKey);
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        var answer = await upstream.SendAsync(request, cancel).ConfigureAwait(false);
        if (answer.Status is 401 or 403)
        {
            throw new KeyRefusedException($"The upstream {upstream.BaseUrl} refused the API key ({answer.Status} on GET {path})");
        }

        var body = ContentDecoding.Decode(answer.Body, answer.Headers);
        var mismatches = _checker.CheckResponse(operation, answer.Status, answer.ContentType, body);
        drift.Record(operation.OperationId, operation.Method, operation.PathTemplate, answer.Status, mismatches,
            () => DriftExample.Of("GET", path, answer.Status, answer.ContentType, body, [apiKey]));
        if (answer.Status is >= 200 and < 300 && !operation.PathTemplate.Contains('{', StringComparison.Ordinal))
        {
            try
            {
                _answers[operation.PathTemplate] = JsonDocument.Parse(body);
            }
            catch (JsonException)
            {
                // Not JSON: already a finding; it just gives no ids.
            }
        }
    }

    // /orders/{id} and /orders/{id}/disputes take the id of the first item of the /orders answer's list.
    private string? PathFor(OperationDescriptor operation)
    {
        var template = operation.PathTemplate;
        var open = template.IndexOf('{', StringComparison.Ordinal);
        var close = template.IndexOf('}', open);
        if (template.IndexOf('{', close) >= 0 || !_answers.TryGetValue(template[..open].TrimEnd('/'), out var list))
        {
            return null;
        }

        return FirstId(list.RootElement) is { } id ? template[..open] + Uri.EscapeDataString(id) + template[(close + 1)..] : null;
    }

    private static string? FirstId(JsonElement root)
    {
        var items = root.ValueKind == JsonValueKind.Array
            ? root
            : root.ValueKind == JsonValueKind.Object ? root.EnumerateObject().Select(p => p.Value).FirstOrDefault(v => v.ValueKind == JsonValueKind.Array) : default;
        if (items.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                return id.GetString();
            }
        }

        return null;
    }
}

/// <summary>The upstream answered 401 or 403: the probe's key is not accepted.</summary>
internal sealed class KeyRefusedException(string message) : Exception(message);
