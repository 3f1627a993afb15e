using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Lumo.Sandbox.Http.Json;

/// <summary>
/// A JSON answer serialized in one synchronous pass into a per-thread buffer and written with its Content-Length:
/// no chunked encoding, no per-request serializer state, no request-scoped services, so a request allocates
/// little. The bytes are the same as TypedResults.Json's with the same type information.
/// </summary>
internal sealed class JsonBodyResult<T>(T value, JsonTypeInfo<T> type, int statusCode) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var buffer = JsonBodyBuffer.Rent(type.Options);
        try
        {
            JsonSerializer.Serialize(buffer.Writer, value, type);
            buffer.Writer.Flush();
            response.StatusCode = statusCode;
            response.ContentType = JsonBodyBuffer.ContentType;
            response.ContentLength = buffer.Written.Length;
            response.BodyWriter.Write(buffer.Written.Span);
        }
        finally
        {
            buffer.Return();
        }

        // Small answers leave with the end of the request; only large ones are worth flushing now.
        return response.ContentLength > JsonBodyBuffer.FlushThreshold
            ? response.BodyWriter.FlushAsync(httpContext.RequestAborted).AsTask()
            : Task.CompletedTask;
    }
}
