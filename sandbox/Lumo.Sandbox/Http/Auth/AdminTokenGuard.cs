using System.Security.Cryptography;
using System.Text;
using Lumo.Sandbox.Http.Errors;

namespace Lumo.Sandbox.Http.Auth;

/// <summary>Guards the control API with <c>X-Sandbox-Admin-Token</c> when the server was given a token.</summary>
internal sealed class AdminTokenGuard(string? token)
{
    public const string HeaderName = "X-Sandbox-Admin-Token";
    private readonly byte[]? _token = token is { Length: > 0 } ? Encoding.UTF8.GetBytes(token) : null;

    public bool Enabled => _token is not null;

    public void Check(HttpContext http)
    {
        if (_token is null)
        {
            return;
        }

        var given = http.Request.Headers[HeaderName].ToString();
        if (given.Length == 0)
        {
            throw new ApiException(StatusCodes.Status401Unauthorized, $"{HeaderName} header is required");
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _token))
        {
            throw new ApiException(StatusCodes.Status401Unauthorized, $"Invalid {HeaderName}");
        }
    }
}
