using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Lumo.Sandbox.Samples;

/// <summary>The shop's web app in the samples: a free loopback port, and POST /lumo/webhooks as its webhook endpoint.</summary>
internal static class ShopWebApp
{
    public const string WebhookPath = "lumo/webhooks";

    public static async Task<WebApplication> StartAsync(Func<HttpRequest, Task<IResult>> webhooks)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var shop = builder.Build();
        shop.MapPost("/" + WebhookPath, webhooks);
        await shop.StartAsync();
        return shop;
    }

    /// <summary>The absolute URL of <paramref name="path"/> on the running app.</summary>
    public static string Url(this WebApplication shop, string path) => new Uri(new Uri(shop.Urls.First()), path).ToString();
}
