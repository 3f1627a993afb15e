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
    public async Task An_operation_without_a_handler_answers_its_documented_example()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lumo-{Guid.NewGuid():N}.yaml");
        const string ExtraPath = """
              /extras/{id}:
                get:
                  operationId: getExtra
                  tags: [Rates]
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: string, format: uuid } }
                  responses:
                    '200':
                      description: An operation the sandbox has no behaviour for.
                      content:
                        application/json:
                          schema: { type: object }
                          example: { kind: extra, count: 3 }

            """;
        var text = OpenApiDocumentLoader.Load(null).Text.Replace("\npaths:\n", "\npaths:\n" + ExtraPath, StringComparison.Ordinal);
        File.WriteAllText(path, text);
        try
        {
            await using var sandbox = await Lumo.Sandbox.Testing.LumoSandbox.StartAsync(o => o.WithOpenApi(path).WithVirtualClock());
            using var api = sandbox.CreateClient("lb2b_0123456789abcdef0123456789abcdef");

            using var found = await api.GetAsync(new Uri($"extras/{Guid.NewGuid()}", UriKind.Relative));
            using var invalid = await api.GetAsync(new Uri("extras/not-a-uuid", UriKind.Relative));
            using var anonymous = await sandbox.CreateClient().GetAsync(new Uri($"extras/{Guid.NewGuid()}", UriKind.Relative));

            Assert.That((int)found.StatusCode, Is.EqualTo(200));
            Assert.That(await found.Content.ReadAsStringAsync(), Is.EqualTo("""{"kind":"extra","count":3}"""));
            Assert.That((int)invalid.StatusCode, Is.EqualTo(400));
            Assert.That((int)anonymous.StatusCode, Is.EqualTo(401));
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
