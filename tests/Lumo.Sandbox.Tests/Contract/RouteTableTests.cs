using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Hosting;
using Microsoft.AspNetCore.Routing;

namespace Lumo.Sandbox.Tests.Contract;

/// <summary>The document is the route table: one endpoint per operation, nothing more, nothing less.</summary>
public sealed class RouteTableTests
{
    [Test]
    public async Task Endpoints_equal_the_documents_operations()
    {
        await using var app = SandboxApplication.Build(new SandboxOptions { Port = 0, Clock = "virtual" });
        var document = OpenApiDocumentLoader.Load(null).Document;
        var expected = document.Paths
            .SelectMany(p => p.Value.Operations.Select(o => $"{o.Key.ToString().ToUpperInvariant()} {p.Key} {o.Value.OperationId}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        var mapped = ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Operation: e.Metadata.GetMetadata<OperationDescriptor>()))
            .Where(e => e.Operation is not null)
            .Select(e => $"{e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single()} {e.Endpoint.RoutePattern.RawText} {e.Operation!.OperationId}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.That(mapped, Is.EqualTo(expected));
        Assert.That(expected, Has.Count.GreaterThanOrEqualTo(40));
    }

    [Test]
    public void Every_handler_names_an_operation_of_the_document()
    {
        var documented = OpenApiDocumentLoader.Load(null).Document.Paths
            .SelectMany(p => p.Value.Operations.Values.Select(o => o.OperationId))
            .ToHashSet(StringComparer.Ordinal);

        Assert.That(SandboxApplication.Handlers().OperationIds, Is.SubsetOf(documented));
    }

    [Test]
    public void A_document_lacking_a_handled_operation_stops_start_up_with_a_clear_message()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lumo-{Guid.NewGuid():N}.yaml");
        var text = OpenApiDocumentLoader.Load(null).Text.Replace("operationId: getOrder", "operationId: getOrderRenamed", StringComparison.Ordinal);
        File.WriteAllText(path, text);
        try
        {
            Assert.That(
                () => SandboxApplication.Build(new SandboxOptions { Port = 0, OpenApiPath = path }),
                Throws.TypeOf<ContractLoadException>().With.Message.Contains("getOrder"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void An_unreadable_document_stops_start_up_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lumo-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "openapi: 3.0.3\ninfo: [not, an, object]\npaths: 5\n");
        try
        {
            Assert.That(
                () => SandboxApplication.Build(new SandboxOptions { Port = 0, OpenApiPath = path }),
                Throws.TypeOf<ContractLoadException>().With.Message.Contains(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
