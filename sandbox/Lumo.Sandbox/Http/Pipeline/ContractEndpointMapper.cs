using System.Text;
using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Engine;
using Lumo.Sandbox.Http.Auth;
using Lumo.Sandbox.Http.Json;

namespace Lumo.Sandbox.Http.Pipeline;

/// <summary>
/// Maps one endpoint per operation of the document (its method and path template) to the handler its
/// operationId names. There is no hand-written list of paths: the document is the route table.
/// </summary>
internal static class ContractEndpointMapper
{
    public static IEndpointRouteBuilder MapContract(this IEndpointRouteBuilder routes, OperationCatalog catalog, HandlerRegistry handlers)
    {
        var documented = catalog.Operations.Select(o => o.OperationId).ToHashSet(StringComparer.Ordinal);
        var orphans = handlers.OperationIds.Where(id => !documented.Contains(id)).Order(StringComparer.Ordinal).ToList();
        if (orphans.Count > 0)
        {
            throw new ContractLoadException(
                $"The OpenAPI document {catalog.Document.Source} lacks operations that the sandbox has handlers for: {string.Join(", ", orphans)}. " +
                "Add them to the document (or load the sandbox's own document).");
        }

        var runtime = routes.ServiceProvider.GetRequiredService<EngineRuntime>();
        var admin = routes.ServiceProvider.GetRequiredService<AdminTokenGuard>();
        foreach (var operation in catalog.Operations)
        {
            var registration = handlers.Find(operation.OperationId) ?? ExampleHandler(operation);
            var endpoint = new OperationEndpoint(operation, registration, runtime, admin);
            routes.MapMethods(operation.PathTemplate, [operation.Method], endpoint.InvokeAsync)
                .WithName(operation.OperationId)
                .WithMetadata(operation);
        }

        return routes;
    }

    // An operation the sandbox has no behaviour for still answers, with the document's own example.
    private static HandlerRegistration ExampleHandler(OperationDescriptor operation)
    {
        var body = operation.ExampleJson.Value is { } example ? Encoding.UTF8.GetBytes(example) : null;
        IResult result = body is null
            ? Results.StatusCode(operation.SuccessStatus)
            : new RawJsonResult(body, operation.SuccessStatus);
        return new HandlerRegistration(_ => ValueTask.FromResult(result), null);
    }
}
