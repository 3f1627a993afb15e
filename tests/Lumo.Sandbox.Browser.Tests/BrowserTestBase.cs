using Lumo.Sandbox.Testing;
using Microsoft.Playwright;

namespace Lumo.Sandbox.Browser.Tests;

/// <summary>One headless Chromium and one in-process sandbox per test class.</summary>
public abstract class BrowserTestBase
{
    protected LumoSandbox Sandbox { get; private set; } = null!;

    protected IBrowser Browser { get; private set; } = null!;

    private IPlaywright? Playwright { get; set; }

    /// <summary>Override to start the sandbox differently (default: the default scenario, real clock).</summary>
    protected virtual void Configure(LumoSandboxOptions options)
    {
    }

    [OneTimeSetUp]
    public async Task StartBrowserAndSandboxAsync()
    {
        (Playwright, Browser) = await HeadlessChromium.LaunchAsync();
        Sandbox = await LumoSandbox.StartAsync(Configure);
    }

    [OneTimeTearDown]
    public async Task StopBrowserAndSandboxAsync()
    {
        if (Sandbox is not null)
        {
            await Sandbox.DisposeAsync();
        }

        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        Playwright?.Dispose();
    }
}
