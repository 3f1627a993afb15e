namespace Lumo.Sandbox.Http.Console;

/// <summary>One embedded console file.</summary>
internal sealed record ConsoleAsset(byte[] Content, string ContentType)
{
    public Task WriteAsync(HttpContext http)
    {
        var response = http.Response;
        response.ContentType = ContentType;
        response.ContentLength = Content.Length;
        response.Headers.CacheControl = "no-cache"; // browsers revalidate, so a new server version shows at once
        return response.Body.WriteAsync(Content, 0, Content.Length, http.RequestAborted);
    }
}
