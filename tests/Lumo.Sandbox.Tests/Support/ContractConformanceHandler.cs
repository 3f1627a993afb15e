using System.Text.Json;
using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Contract.Validation;

namespace Lumo.Sandbox.Tests.Support;

/// <summary>
/// Checks every response a test receives against the document's response schema for that operation and status,
/// and its money fields' two decimals (<see cref="MoneyFormat"/>): a mismatch throws, so the test that made the call fails. The operation is the one the sandbox's journal
/// would name: found by matching method and path template.
/// </summary>
internal sealed class ContractConformanceHandler(OperationCatalog catalog) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var operation = Find(request.Method.Method, request.RequestUri!.AbsolutePath);
        if (operation is null)
        {
            return response; // not an API path (404 checks, /docs, ...): nothing to conform to
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var errors = new List<string>();
        JsonElement? body = null;
        if (text.Length > 0)
        {
            try
            {
                body = JsonDocument.Parse(text).RootElement;
            }
            catch (JsonException ex)
            {
                errors.Add($"body is not JSON: {ex.Message}");
            }
        }

        if (errors.Count == 0)
        {
            ResponseValidator.Validate(operation.Operation, (int)response.StatusCode, body, errors);
        }

        if (errors.Count == 0 && body is { } json
            && operation.Operation.Responses.TryGetValue(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), out var documented)
            && documented.Content.TryGetValue("application/json", out var media))
        {
            MoneyFormat.Check(media.Schema, json, "body", errors);
        }

        if (errors.Count > 0)
        {
            throw new ContractViolationException(
                $"{request.Method} {request.RequestUri.PathAndQuery} -> {(int)response.StatusCode} breaks the contract of {operation.OperationId}:{Environment.NewLine}  " +
                string.Join(Environment.NewLine + "  ", errors) + Environment.NewLine + "  body: " + text);
        }

        return response;
    }

    private OperationDescriptor? Find(string method, string path)
    {
        OperationDescriptor? best = null;
        foreach (var operation in catalog.Operations)
        {
            if (operation.Method == method && TemplateMatches(operation.PathTemplate, path)
                && (best is null || LiteralSegments(operation.PathTemplate) > LiteralSegments(best.PathTemplate)))
            {
                best = operation;
            }
        }

        return best;
    }

    private static bool TemplateMatches(string template, string path)
    {
        var t = template.Trim('/').Split('/');
        var p = path.Trim('/').Split('/');
        if (t.Length != p.Length)
        {
            return false;
        }

        for (var i = 0; i < t.Length; i++)
        {
            if (!(t[i].StartsWith('{') || string.Equals(t[i], p[i], StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static int LiteralSegments(string template) => template.Split('/').Count(s => !s.StartsWith('{'));
}
