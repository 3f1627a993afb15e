using Lumo.Sandbox.Engine;
using Lumo.Sandbox.Engine.StateMachines;

namespace Lumo.Sandbox.Http.Errors;

/// <summary>
/// Every failure, ours or the framework's (404, 405, 413, malformed requests), leaves as
/// <c>{statusCode, message, error}</c>; an unexpected exception is logged and still answered in that shape.
/// </summary>
internal sealed partial class ErrorShapeMiddleware(RequestDelegate next, ILogger<ErrorShapeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            RequestHeadLimits.Check(http.Request, http.Features.Get<Journal.JournalFeature>()?.HeaderBytes);
            await next(http);
        }
        catch (ApiException ex) when (!http.Response.HasStarted)
        {
            await ErrorResponseWriter.WriteAsync(http, ex.StatusCode, ex.Message, ex.Messages, ex.RetryAfterSeconds);
            return;
        }
        catch (EngineException ex) when (!http.Response.HasStarted)
        {
            await ErrorResponseWriter.WriteAsync(http, StatusOf(ex.Kind), ex.Message);
            return;
        }
        catch (IllegalTransitionException ex) when (!http.Response.HasStarted)
        {
            await ErrorResponseWriter.WriteAsync(http, StatusCodes.Status409Conflict, ex.Message);
            return;
        }
        catch (BadHttpRequestException ex) when (!http.Response.HasStarted)
        {
            await ErrorResponseWriter.WriteAsync(http, ex.StatusCode, ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : ex.Message);
            return;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away; nobody is left to answer
        }
#pragma warning disable CA1031 // the last line of defence: nothing may leave without the error shape
        catch (Exception ex) when (!http.Response.HasStarted)
#pragma warning restore CA1031
        {
            LogUnexpected(logger, ex, http.Request.Method, http.Request.Path);
            await ErrorResponseWriter.WriteAsync(http, StatusCodes.Status500InternalServerError, "Internal server error");
            return;
        }

        // Framework answers without a body (routing's 404/405, Kestrel's limits) get the shape too.
        if (http.Response.StatusCode >= 400 && !http.Response.HasStarted && http.Response.ContentType is null)
        {
            var message = http.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => $"Cannot {http.Request.Method} {http.Request.Path}",
                StatusCodes.Status405MethodNotAllowed => $"Method {http.Request.Method} is not allowed on {http.Request.Path}",
                _ => null,
            };
            await ErrorResponseWriter.WriteAsync(http, http.Response.StatusCode, message, clear: false);
        }
    }

    private static int StatusOf(EngineErrorKind kind) => kind switch
    {
        EngineErrorKind.BadRequest => StatusCodes.Status400BadRequest,
        EngineErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        EngineErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        EngineErrorKind.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status409Conflict,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error answering {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
