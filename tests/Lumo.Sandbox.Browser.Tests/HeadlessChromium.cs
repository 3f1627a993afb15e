using Microsoft.Playwright;

namespace Lumo.Sandbox.Browser.Tests;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, or LUMO_CHROMIUM) driven by Playwright. Playwright's own browser
/// download is never used: there is no internet at test time, and CI installs the Debian package.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static string ExecutablePath => Environment.GetEnvironmentVariable("LUMO_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Starts Playwright and Chromium; fails the calling fixture with install instructions when Chromium is missing.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Fail(
                $"Chromium is not installed at {ExecutablePath}, so the browser tests cannot run. Install Debian's packages: " +
                "`apt-get update && apt-get install -y chromium chromium-driver` (.ci/run does this), or point LUMO_CHROMIUM at a Chromium binary.");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Flags,
                Timeout = 60_000,
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
