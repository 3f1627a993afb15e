using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lumo.Sandbox.Browser.Tests;

/// <summary>/docs renders the API reference from /openapi.json without the internet, and "try it" targets this sandbox.</summary>
public sealed class DocsPageTests : BrowserTestBase
{
    [Test]
    public async Task The_reference_renders_every_group_with_the_sandbox_as_its_server()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var elsewhere = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(Sandbox.BaseAddress.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };

        await page.GotoAsync(new Uri(Sandbox.BaseAddress, "docs/").ToString());

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lumo B2B Platform API" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        foreach (var tag in new[] { "Orders", "Disputes", "Company wallet", "User wallets", "Sandbox" })
        {
            await Expect(page.GetByText(tag, new() { Exact = true }).First).ToBeVisibleAsync();
        }

        await Expect(page.GetByText(Sandbox.BaseAddress.ToString().TrimEnd('/')).First).ToBeVisibleAsync();
        var screenshot = await page.ScreenshotAsync();
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "docs.png");
        await File.WriteAllBytesAsync(path, screenshot);
        TestContext.AddTestAttachment(path, "The /docs page as rendered");
        var picture = await PictureAsync(page, screenshot);
        Assert.That(picture.Colors, Is.GreaterThan(50), "the screenshot is (nearly) blank");
        Assert.That(picture.NonWhite, Is.GreaterThan(0.03), "the screenshot is (nearly) blank");
        Assert.That(elsewhere, Is.Empty, "the reference must load everything from the sandbox (no internet at run time)");
        await page.CloseAsync();
    }

    // Lets the browser itself decode the PNG: distinct colours and the share of pixels that are not near-white.
    private async Task<(int Colors, double NonWhite)> PictureAsync(IPage page, byte[] png)
    {
        await page.GotoAsync("about:blank");
        var result = await page.EvaluateAsync<double[]>(
            """
            async (dataUrl) => {
              const image = new Image();
              image.src = dataUrl;
              await image.decode();
              const canvas = document.createElement("canvas");
              canvas.width = image.width;
              canvas.height = image.height;
              const context = canvas.getContext("2d");
              context.drawImage(image, 0, 0);
              const pixels = context.getImageData(0, 0, image.width, image.height).data;
              const colors = new Set();
              let nonWhite = 0;
              for (let i = 0; i < pixels.length; i += 4) {
                colors.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
                if (pixels[i] < 235 || pixels[i + 1] < 235 || pixels[i + 2] < 235) nonWhite++;
              }
              return [colors.size, nonWhite / (pixels.length / 4)];
            }
            """,
            "data:image/png;base64," + Convert.ToBase64String(png));
        return ((int)result[0], result[1]);
    }
}
