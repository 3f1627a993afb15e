using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Lumo.Sandbox.Http.Errors;
using Lumo.Sandbox.Http.Journal;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Lumo.Sandbox.Http.Pipeline;

/// <summary>
/// Reads a JSON request body within the size limit: 415 for another content type, 413 when too large, 400 with
/// the parser's position when malformed (broken JSON, invalid UTF-8, nesting deeper than 64).
/// </summary>
internal static class RequestBodyReader
{
    /// <summary>The largest body accepted: 1 MiB.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>How much of a refused body is read and dropped so the client gets its 413: 16 MiB.</summary>
    private const int MaxDrainBytes = 16 * 1024 * 1024;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>The parsed body, or null when the request has none; its first 4 KiB of text go to <paramref name="journal"/>.</summary>
    public static async ValueTask<JsonDocument?> ReadAsync(HttpRequest request, JournalFeature? journal)
    {
        if (request.ContentLength is > MaxBodyBytes)
        {
            await DrainAsync(request);
            throw new ApiException(StatusCodes.Status413PayloadTooLarge, $"Request body too large: the limit is {MaxBodyBytes} bytes");
        }

        if (request.ContentLength == 0 || (request.ContentLength is null && !request.Headers.ContainsKey(HeaderNames.TransferEncoding)))
        {
            return null;
        }

        var buffer = await ReadAllAsync(request.BodyReader, request.HttpContext.RequestAborted);
        try
        {
            if (buffer.IsEmpty)
            {
                return null;
            }

            if (!IsJson(request.ContentType))
            {
                throw new ApiException(StatusCodes.Status415UnsupportedMediaType, $"Unsupported Media Type: {request.ContentType ?? "none"}; send application/json");
            }

            journal?.Body = Encoding.UTF8.GetString(buffer.Length > 4096 ? buffer.Slice(0, 4096) : buffer);

            var bytes = buffer.ToArray();
            if (!System.Text.Unicode.Utf8.IsValid(bytes))
            {
                throw new ApiException(StatusCodes.Status400BadRequest, "Malformed JSON body: the body is not valid UTF-8");
            }

            try
            {
                // A copy: the document must outlive the pipe buffer it was read from.
                return JsonDocument.Parse(bytes, Options);
            }
            catch (JsonException ex)
            {
                throw new ApiException(StatusCodes.Status400BadRequest, $"Malformed JSON body: {ex.Message}");
            }
        }
        finally
        {
            request.BodyReader.AdvanceTo(buffer.End);
        }
    }

    /// <summary>
    /// Reads and drops a refused body the client is still sending (up to <see cref="MaxDrainBytes"/>): closing the
    /// connection with its bytes unread resets it, and the client would see a broken pipe instead of the 413.
    /// </summary>
    private static async ValueTask DrainAsync(HttpRequest request)
    {
        var limit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (request.ContentLength > MaxDrainBytes || limit is null || limit.IsReadOnly)
        {
            return;
        }

        limit.MaxRequestBodySize = MaxDrainBytes;
        var reader = request.BodyReader;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(request.HttpContext.RequestAborted);
                reader.AdvanceTo(result.Buffer.End);
                if (result.IsCompleted)
                {
                    return;
                }
            }
        }
        catch (BadHttpRequestException)
        {
            // The client sent more than it announced: give up draining; the 413 still goes out.
        }
    }

    private static async ValueTask<ReadOnlySequence<byte>> ReadAllAsync(PipeReader reader, CancellationToken cancellation)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellation);
            if (result.Buffer.Length > MaxBodyBytes)
            {
                reader.AdvanceTo(result.Buffer.End);
                throw new ApiException(StatusCodes.Status413PayloadTooLarge, $"Request body too large: the limit is {MaxBodyBytes} bytes");
            }

            if (result.IsCompleted)
            {
                return result.Buffer;
            }

            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    // The plain "application/json" most clients send is recognised without parsing a media type object.
    private static bool IsJson(string? contentType) =>
        string.Equals(contentType, "application/json", StringComparison.OrdinalIgnoreCase)
        || (MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.MediaType.Value!.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        && (!media.Charset.HasValue || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)));
}
