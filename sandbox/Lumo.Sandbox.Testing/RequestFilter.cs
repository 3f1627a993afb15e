namespace Lumo.Sandbox.Testing;

/// <summary>Which journaled requests to find; every filter given must match.</summary>
public sealed record RequestFilter
{
    /// <summary>The OpenAPI operation, e.g. <c>acceptOrder</c>.</summary>
    public string? OperationId { get; init; }

    /// <summary>The authenticated company.</summary>
    public Guid? CompanyId { get; init; }

    /// <summary>The HTTP method, e.g. <c>POST</c>.</summary>
    public string? Method { get; init; }

    /// <summary>The path, exact or with <c>*</c> matching any run of characters.</summary>
    public string? Path { get; init; }

    /// <summary>The answered status (499: the client went away first).</summary>
    public int? Status { get; init; }

    /// <summary>Only requests at or after this sandbox time.</summary>
    public DateTimeOffset? Since { get; init; }
}
