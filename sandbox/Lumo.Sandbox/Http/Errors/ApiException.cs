namespace Lumo.Sandbox.Http.Errors;

/// <summary>An answer in the API's error shape: <c>{statusCode, message, error}</c>.</summary>
internal sealed class ApiException : Exception
{
    public ApiException(int statusCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
    }

    public ApiException(int statusCode, IReadOnlyList<string> messages)
        : base(string.Join("; ", messages))
    {
        StatusCode = statusCode;
        Messages = messages;
    }

    public int StatusCode { get; }

    /// <summary>One message per problem (validation errors); null when there is a single message.</summary>
    public IReadOnlyList<string>? Messages { get; }

    /// <summary>Seconds for a Retry-After header (429 and 503 faults).</summary>
    public int? RetryAfterSeconds { get; init; }

    public static ApiException Validation(IReadOnlyList<string> messages) => new(StatusCodes.Status400BadRequest, messages);
}
