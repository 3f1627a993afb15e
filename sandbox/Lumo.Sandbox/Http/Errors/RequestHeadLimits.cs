using Microsoft.Extensions.Primitives;

namespace Lumo.Sandbox.Http.Errors;

/// <summary>
/// Kestrel answers an overlong request line (414) or header block (431) itself, with an empty body. So Kestrel's
/// own limits are set higher (<see cref="KestrelRequestLineBytes"/>, <see cref="KestrelHeaderBytes"/>) and the usual
/// limits are enforced here, where the answer gets the API's error shape. Only requests beyond Kestrel's higher
/// limits still get its bare answer.
/// </summary>
internal static class RequestHeadLimits
{
    /// <summary>The request line the API accepts: 8 KiB, Kestrel's default.</summary>
    public const int RequestLineBytes = 8 * 1024;

    /// <summary>All header names and values together: 32 KiB, Kestrel's default.</summary>
    public const int HeaderBytes = 32 * 1024;

    public const int KestrelRequestLineBytes = 256 * 1024;

    public const int KestrelHeaderBytes = 256 * 1024;

    /// <summary>
    /// Throws the shaped 414 or 431 when the request's head is over the API's limits. <paramref name="headerBytes"/>:
    /// the headers' size when it is known already (the journal counts it as it copies them), or null.
    /// </summary>
    public static void Check(HttpRequest request, int? headerBytes = null)
    {
        var line = request.Method.Length + request.PathBase.Value!.Length + (request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0) + 11;
        if (line > RequestLineBytes)
        {
            throw new ApiException(StatusCodes.Status414UriTooLong, $"The request line is longer than {RequestLineBytes} bytes");
        }

        var headers = headerBytes ?? CountHeaderBytes(request.Headers);
        if (headers > HeaderBytes)
        {
            throw new ApiException(StatusCodes.Status431RequestHeaderFieldsTooLarge, $"The request headers are larger than {HeaderBytes} bytes");
        }
    }

    /// <summary>One header's share of the head: its name, ": ", its values and CRLF.</summary>
    public static int BytesOf(string name, StringValues values)
    {
        var bytes = name.Length + 4;
        foreach (var value in values)
        {
            bytes += value?.Length ?? 0;
        }

        return bytes;
    }

    private static int CountHeaderBytes(IHeaderDictionary headers)
    {
        var bytes = 0;
        foreach (var (name, values) in headers)
        {
            bytes += BytesOf(name, values);
        }

        return bytes;
    }
}
