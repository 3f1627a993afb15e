using System.IO.Compression;

namespace Lumo.Sandbox.Http.Proxy;

/// <summary>
/// The proxy passes a compressed answer on as it came; only the copy it checks against the document is decoded.
/// An encoding it does not know is left as is (the check then reports an unreadable body, which it is to the sandbox).
/// </summary>
internal static class ContentDecoding
{
    public static byte[] Decode(byte[] body, IEnumerable<KeyValuePair<string, string[]>> headers)
    {
        var encoding = headers.FirstOrDefault(h => h.Key.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase)).Value;
        if (encoding is not [var name] || body.Length == 0)
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream? decoder = name.Trim().ToLowerInvariant() switch
        {
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "deflate" => new ZLibStream(input, CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null)
        {
            return body;
        }

        using var output = new MemoryStream();
        try
        {
            decoder.CopyTo(output);
        }
        catch (InvalidDataException)
        {
            return body;
        }

        return output.ToArray();
    }
}
