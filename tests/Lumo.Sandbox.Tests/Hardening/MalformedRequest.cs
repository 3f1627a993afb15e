namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>One generated request with at least one deliberate defect (named by <see cref="Defect"/>).</summary>
internal sealed record MalformedRequest(string OperationId, string Defect, string Method, string PathAndQuery)
{
    public byte[]? Body { get; set; }

    public string? ContentType { get; set; }

    /// <summary>Sends Expect: 100-continue, so a body the server refuses unread is never sent (see the 413 test).</summary>
    public bool ExpectContinue { get; set; }

    /// <summary>Headers to send; the valid API key is among them unless the defect is about the key.</summary>
    public List<KeyValuePair<string, string>> Headers { get; } = [];

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(PathAndQuery, UriKind.Relative));
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        message.Headers.ExpectContinue = ExpectContinue;
        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    public override string ToString() => $"{OperationId} [{Defect}] {Method} {(PathAndQuery.Length > 200 ? PathAndQuery[..200] + "…" : PathAndQuery)}";
}
