using Lumo.Sandbox.Engine;
using Lumo.Sandbox.Engine.Companies;
using Lumo.Sandbox.Http.Errors;
using Microsoft.Extensions.Primitives;

namespace Lumo.Sandbox.Http.Auth;

/// <summary>
/// Finds the calling company from its API key, accepted (as the real API does) in <c>X-API-Key</c>,
/// <c>Authorization: Bearer …</c> or the <c>api_key</c> query parameter.
/// </summary>
internal static class ApiKeyAuthenticator
{
    public const string HeaderName = "X-API-Key";
    public const string QueryName = "api_key";
    private const string BearerPrefix = "Bearer ";

    public static CompanyState Authenticate(HttpContext http, SandboxEngine engine)
    {
        var key = KeyOf(http.Request);
        if (key is null)
        {
            throw new ApiException(StatusCodes.Status401Unauthorized, "API key is required (X-API-Key header, Authorization: Bearer, or api_key query parameter)");
        }

        var company = engine.Companies.FindByApiKey(key)
            ?? throw new ApiException(StatusCodes.Status401Unauthorized, "Invalid API key");
        if (!company.IsActive)
        {
            throw new ApiException(StatusCodes.Status403Forbidden, "Company is inactive");
        }

        return company;
    }

    private static string? KeyOf(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && !StringValues.IsNullOrEmpty(header))
        {
            return header.ToString();
        }

        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return authorization[BearerPrefix.Length..].Trim();
        }

        return request.Query.TryGetValue(QueryName, out var query) && !StringValues.IsNullOrEmpty(query) ? query.ToString() : null;
    }
}
