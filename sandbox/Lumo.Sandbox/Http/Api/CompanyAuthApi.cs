using Lumo.Sandbox.Engine.Companies;
using Lumo.Sandbox.Http.Pipeline;
using Lumo.Sandbox.Http.Json;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Http.Api;

/// <summary>Company auth: login (a new key each time), profile, key rotation.</summary>
internal static class CompanyAuthApi
{
    public static HandlerRegistry MapCompanyAuth(this HandlerRegistry handlers) => handlers
        .Add("companyLogin", Login)
        .Add("getCompanyProfile", GetProfile)
        .Add("updateCompanyProfile", UpdateProfile)
        .Add("regenerateApiKey", RegenerateKey);

    private static IResult Login(OperationRequest r) =>
        ApiResults.Created(r.Engine.Accounts.Login(r.BodyString("email")!, r.BodyString("password")!), ApiJsonContext.Default.LoginView);

    private static IResult GetProfile(OperationRequest r) =>
        ApiResults.Ok(r.Engine.Accounts.Profile(r.Company), ApiJsonContext.Default.CompanyProfileView);

    private static IResult UpdateProfile(OperationRequest r)
    {
        var patch = new ProfilePatch(
            r.BodyOptionalString("contactEmail"),
            r.BodyOptionalString("contactTelegram"),
            r.BodyOptionalString("webhookUrl"),
            r.BodyOptionalString("depositForwardAddress"));
        return ApiResults.Ok(r.Engine.Accounts.UpdateProfile(r.Company, patch), ApiJsonContext.Default.CompanyProfileView);
    }

    private static IResult RegenerateKey(OperationRequest r) =>
        ApiResults.Created(r.Engine.Accounts.RegenerateKey(r.Company), ApiJsonContext.Default.ApiKeyView);
}
