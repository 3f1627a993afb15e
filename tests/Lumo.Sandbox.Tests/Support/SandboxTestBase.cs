using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Testing;

namespace Lumo.Sandbox.Tests.Support;

/// <summary>
/// One in-process sandbox per test class (virtual clock unless a class says otherwise), a fresh tenant per
/// test, and HTTP clients that check every response against the OpenAPI document.
/// </summary>
public abstract class SandboxTestBase
{
    private static readonly Lazy<OperationCatalog> Catalog = new(() => OperationCatalog.Build(OpenApiDocumentLoader.Load(null)));
    private readonly List<HttpClient> _clients = [];

    protected LumoSandbox Sandbox { get; private set; } = null!;

    /// <summary>The company made for the current test.</summary>
    protected SandboxCompany Company { get; private set; } = null!;

    /// <summary>An API client for <see cref="Company"/>.</summary>
    protected HttpClient Api { get; private set; } = null!;

    internal static OperationCatalog Contract => Catalog.Value;

    /// <summary>Override to start the sandbox differently.</summary>
    protected virtual void Configure(LumoSandboxOptions options) => options.WithVirtualClock();

    /// <summary>USDT the per-test company starts with.</summary>
    protected virtual decimal InitialUsdt => 1000m;

    [OneTimeSetUp]
    public async Task StartSandboxAsync() => Sandbox = await LumoSandbox.StartAsync(Configure);

    [OneTimeTearDown]
    public async Task StopSandboxAsync() => await Sandbox.DisposeAsync();

    [SetUp]
    public async Task CreateTenantAsync()
    {
        Company = await Sandbox.CreateCompanyAsync(usdtBalance: InitialUsdt, trxBalance: 10m);
        Api = Client(Company.ApiKey);
    }

    [TearDown]
    public void DisposeClients()
    {
        Api.Dispose();
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        _clients.Clear();
    }

    /// <summary>A contract-checking client; with a key, it authenticates with X-API-Key.</summary>
    protected HttpClient Client(string? apiKey = null)
    {
        var client = ContractClient(Sandbox, apiKey);
        _clients.Add(client);
        return client;
    }

    /// <summary>A contract-checking client of a sandbox a test started itself; with a key, it authenticates with X-API-Key.</summary>
    internal static HttpClient ContractClient(LumoSandbox sandbox, string? apiKey = null)
    {
        var client = new HttpClient(new ContractConformanceHandler(Contract)) { BaseAddress = sandbox.BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-API-Key", apiKey);
        }

        return client;
    }
}
