namespace Lumo.Sandbox.Testing;

/// <summary>A tenant made for a test (<see cref="LumoSandbox.CreateCompanyAsync(NewSandboxCompany, CancellationToken)"/>): its credentials and API key.</summary>
/// <param name="Id">The company id.</param>
/// <param name="Name">Display name (generated unless given).</param>
/// <param name="Email">Login email for <c>POST /auth/company/login</c>.</param>
/// <param name="Password">Login password.</param>
/// <param name="ApiKey">The current API key (<c>lb2b_</c> + 32 hex); send it as <c>X-API-Key</c>.</param>
/// <param name="IsActive">An inactive company's requests answer 403.</param>
/// <param name="Address">The company's TRON deposit address.</param>
/// <param name="WebhookSecret">The HMAC secret that signs this company's webhook deliveries.</param>
public sealed record SandboxCompany(Guid Id, string Name, string Email, string Password, string ApiKey, bool IsActive, string Address, string WebhookSecret);
