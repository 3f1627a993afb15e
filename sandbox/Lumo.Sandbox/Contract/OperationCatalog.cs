using System.Globalization;
using System.Text.Json.Nodes;
using Lumo.Sandbox.Contract.Validation;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Writers;

namespace Lumo.Sandbox.Contract;

/// <summary>The document's operations, each compiled into an <see cref="OperationDescriptor"/>.</summary>
internal sealed class OperationCatalog
{
    public const string AdminScheme = "sandboxAdminToken";

    private static readonly Lazy<string?> NoExample = new((string?)null);

    private OperationCatalog(LoadedDocument document, IReadOnlyList<OperationDescriptor> operations)
    {
        Document = document;
        Operations = operations;
    }

    public LoadedDocument Document { get; }

    public IReadOnlyList<OperationDescriptor> Operations { get; }

    public static OperationCatalog Build(LoadedDocument loaded)
    {
        var operations = new List<OperationDescriptor>();
        var compiler = new SchemaCompiler(); // shared, so each component schema compiles once
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, pathItem) in loaded.Document.Paths)
        {
            foreach (var (type, operation) in pathItem.Operations)
            {
                var method = type.ToString().ToUpperInvariant();
                var id = operation.OperationId
                    ?? throw new ContractLoadException($"{loaded.Source}: {method} {path} has no operationId; every operation needs one to be routed to a handler.");
                if (!seen.Add(id))
                {
                    throw new ContractLoadException($"{loaded.Source}: operationId {id} is used by more than one operation.");
                }

                var (status, example) = SuccessResponse(operation);
                operations.Add(new OperationDescriptor(
                    id,
                    method,
                    path,
                    operation,
                    SecurityOf(operation, loaded.Document),
                    RequestValidator.Compile(pathItem, operation, compiler),
                    status,
                    example));
            }
        }

        return new OperationCatalog(loaded, operations);
    }

    // Microsoft.OpenApi 1.x reads an operation's `security: []` the same as no `security` at all, so the
    // document marks anonymous operations with `security: [{}]` (one empty requirement: "no credentials needed").
    private static OperationSecurity SecurityOf(OpenApiOperation operation, OpenApiDocument document)
    {
        var requirements = operation.Security is { Count: > 0 } own ? own : document.SecurityRequirements;
        if (requirements is null || requirements.Count == 0)
        {
            return OperationSecurity.Anonymous;
        }

        // The control API declares the token optional (`[{}, {sandboxAdminToken: []}]`, see ControlSecurity):
        // the server itself decides, from --admin-token, whether it is required.
        if (requirements.Any(r => r.Keys.Any(s => s.Reference?.Id == AdminScheme)))
        {
            return OperationSecurity.AdminToken;
        }

        return requirements.Any(r => r.Count == 0) ? OperationSecurity.Anonymous : OperationSecurity.ApiKey;
    }

    private static (int Status, Lazy<string?> Example) SuccessResponse(OpenApiOperation operation)
    {
        foreach (var (code, response) in operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (!int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status is < 200 or > 299)
            {
                continue;
            }

            var example = response.Content.TryGetValue("application/json", out var media) ? new Lazy<string?>(() => ExampleOf(media)) : NoExample;
            return (status, example);
        }

        return (200, NoExample);
    }

    private static string? ExampleOf(OpenApiMediaType media)
    {
        var any = media.Example ?? media.Examples.Values.FirstOrDefault()?.Value ?? media.Schema?.Example;
        if (any is null)
        {
            return null;
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        any.Write(new OpenApiJsonWriter(text), Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_0);
        return JsonNode.Parse(text.ToString())?.ToJsonString();
    }
}
