using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;
using WireMock.Server;

namespace Lumo.Sandbox.Tests.Webhooks;

/// <summary>A sandbox (virtual clock) and one WireMock server per class; each test's receiver has its own path.</summary>
public abstract class WebhookTestBase : SandboxTestBase
{
    /// <summary>The WireMock server the test class's receivers share.</summary>
    internal WireMockServer Receivers { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartReceivers() => Receivers = WireMockServer.Start();

    [OneTimeTearDown]
    public void StopReceivers() => Receivers.Dispose();

    /// <summary>A fresh company whose webhookUrl is the receiver's, with an API client.</summary>
    internal async Task<(SandboxCompany Company, HttpClient Api)> HookedCompanyAsync(WebhookReceiver receiver)
    {
        var company = await Sandbox.CreateCompanyAsync(usdtBalance: 1000m, webhookUrl: receiver.Url);
        return (company, Client(company.ApiKey));
    }

    /// <summary>The company's deliveries, oldest first (the list waits for attempts in flight).</summary>
    internal async Task<IReadOnlyList<SandboxWebhookDelivery>> DeliveriesAsync(SandboxCompany company) =>
        [.. (await Sandbox.Webhooks.ListAsync(company.Id, 1000)).Reverse()];

    internal async Task<DateTimeOffset> NowAsync() => (await Sandbox.Clock.GetAsync()).Now;
}
