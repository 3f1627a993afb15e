using System.Text.Json;
using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Engine;
using Lumo.Sandbox.Engine.Companies;
using Lumo.Sandbox.Http.Auth;
using Lumo.Sandbox.Http.Errors;
using Lumo.Sandbox.Http.Journal;
using Lumo.Sandbox.Http.Json;
using Lumo.Sandbox.Scenarios;
using Lumo.Sandbox.Scenarios.Rules;

namespace Lumo.Sandbox.Http.Pipeline;

/// <summary>
/// The request delegate of one operation: auth from its security requirement, validation compiled from its
/// schemas, the scenario's faults for it, then its handler. Everything per operation is resolved at start-up.
/// </summary>
internal sealed class OperationEndpoint(OperationDescriptor operation, HandlerRegistration handler, EngineRuntime runtime, AdminTokenGuard admin)
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;

    public async Task InvokeAsync(HttpContext http)
    {
        var engine = runtime.Current;
        var journal = http.Features.Get<JournalFeature>();
        journal?.OperationId = operation.OperationId;

        var company = Authenticate(http, engine);
        journal?.CompanyId = company?.Id;

        var errors = new List<string>();
        // Without a query string there is nothing to read: skipping Request.Query spares a feature object per request.
        var query = http.Request.QueryString.HasValue ? http.Request.Query : QueryCollection.Empty;
        operation.Validator.ValidateParameters(http.Request.RouteValues, query, http.Request.Headers, errors);
        using var document = await RequestBodyReader.ReadAsync(http.Request, journal);
        // NestJS validates a missing body as {}: each required property is named, not "body is required".
        var body = document?.RootElement ?? (operation.Validator.Body is { Required: true } ? EmptyObject : null);
        operation.Validator.ValidateBody(body, errors);
        object? checkedValue = null;
        if (handler.Check is { } check && body is { ValueKind: JsonValueKind.Object } checkedBody)
        {
            checkedValue = check(checkedBody, errors);
        }

        if (errors.Count > 0)
        {
            throw ApiException.Validation(errors);
        }

        var request = new OperationRequest(http, engine, operation, company, body) { Checked = checkedValue };
        var fault = company is null ? null : FindFault(engine, company, request);
        if (fault is { AfterHandling: false } && await FaultInjector.ApplyAsync(http, fault))
        {
            return;
        }

        var result = await handler.Handler(request);
        if (fault is { AfterHandling: true } && await FaultInjector.ApplyAsync(http, fault))
        {
            return;
        }

        journal?.Answer = (result as IAnswerValue)?.Value;
        await result.ExecuteAsync(http);
    }

    private CompanyState? Authenticate(HttpContext http, SandboxEngine engine)
    {
        switch (operation.Security)
        {
            case OperationSecurity.ApiKey:
                return ApiKeyAuthenticator.Authenticate(http, engine);
            case OperationSecurity.AdminToken:
                admin.Check(http);
                return null;
            default:
                return null;
        }
    }

    private FaultSpec? FindFault(SandboxEngine engine, CompanyState company, OperationRequest request)
    {
        if (!engine.Rules.HasFaultsFor(operation.OperationId))
        {
            return null; // the hot path: no rule names this operation
        }

        var facts = handler.Facts?.Invoke(request) ?? new RuleFacts();
        return engine.Rules.FaultFor(operation.OperationId, facts with { OperationId = operation.OperationId }, company.RuleCalls);
    }
}
