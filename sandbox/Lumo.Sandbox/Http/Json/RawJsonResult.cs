namespace Lumo.Sandbox.Http.Json;

/// <summary>JSON that is already bytes (a stored idempotent answer, a document example), with its status.</summary>
internal sealed class RawJsonResult(byte[] body, int statusCode) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, 0, body.Length, httpContext.RequestAborted);
    }
}
