using Lumo.Sandbox.Engine;
using Lumo.Sandbox.Engine.Companies;
using Lumo.Sandbox.Engine.Orders;
using Lumo.Sandbox.Engine.Support;
using Lumo.Sandbox.Http.Errors;
using Lumo.Sandbox.Http.Json;
using Lumo.Sandbox.Http.Journal;
using Lumo.Sandbox.Http.Pipeline;
using Lumo.Sandbox.Readiness;
using Lumo.Sandbox.Scenarios;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Http.Control;

/// <summary>
/// The control API under /_sandbox: health, reset, scenario, clock, tenants, order outcomes and the request
/// journal. It drives the same engine the API uses, so a Docker instance and an in-process fixture behave alike.
/// </summary>
internal static class SandboxControlApi
{
    public static HandlerRegistry MapSandboxControl(this HandlerRegistry handlers) => handlers
        .Add("getSandboxHealth", Health)
        .Add("resetSandbox", Reset)
        .Add("getSandboxScenario", GetScenario)
        .Add("replaceSandboxScenario", ReplaceScenario)
        .Add("getSandboxClock", GetClock)
        .Add("advanceSandboxClock", AdvanceClock)
        .Add("createSandboxCompany", CreateCompany)
        .Add("listSandboxCompanies", ListCompanies)
        .Add("listSandboxOrders", ListOrders)
        .Add("completeSandboxOrder", CompleteOrder)
        .Add("failSandboxOrder", FailOrder)
        .Add("listSandboxRequests", ListRequests);

    private static readonly IResult Healthy = ApiResults.Ok(new HealthView("ok"), ControlJsonContext.Default.HealthView);

    private static IResult Health(OperationRequest r) => Healthy;

    private static IResult Reset(OperationRequest r)
    {
        r.Service<EngineRuntime>().Reset();
        r.Service<RequestJournal>().Clear();
        r.Service<ReadinessObserver>().Clear();
        return TypedResults.NoContent();
    }

    private static IResult GetScenario(OperationRequest r) =>
        Results.Text(r.Service<EngineRuntime>().ScenarioJson, "application/json", statusCode: StatusCodes.Status200OK);

    private static IResult ReplaceScenario(OperationRequest r)
    {
        var json = r.Body!.Value.GetRawText();
        var loaded = ScenarioLoader.Parse(json, "PUT /_sandbox/scenario");
        if (loaded.Scenario is null)
        {
            throw ApiException.Validation([.. loaded.Problems.Select(p => p.ToString())]);
        }

        r.Service<EngineRuntime>().Replace(loaded.Scenario, json);
        r.Service<RequestJournal>().Clear();
        r.Service<ReadinessObserver>().Clear();
        return Results.Text(json, "application/json", statusCode: StatusCodes.Status200OK);
    }

    private static IResult GetClock(OperationRequest r) => ClockResult(r.Engine);

    private static async ValueTask<IResult> AdvanceClock(OperationRequest r)
    {
        await r.Engine.Scheduler.AdvanceAsync(TimeSpan.FromSeconds((double)r.BodyDecimal("seconds")!.Value), r.Engine.Events.SettleAsync);
        return ClockResult(r.Engine);
    }

    private static IResult CreateCompany(OperationRequest r)
    {
        var spec = new NewCompany
        {
            Name = r.BodyString("name"),
            Email = r.BodyString("email"),
            Password = r.BodyString("password"),
            UsdtBalance = r.BodyDecimal("usdtBalance") ?? 0m,
            TrxBalance = r.BodyDecimal("trxBalance") ?? 0m,
            QrRateOffsetBps = r.BodyInt("qrRateOffsetBps") ?? 0,
            IsActive = r.BodyBool("isActive") ?? true,
            WebhookUrl = r.BodyString("webhookUrl"),
        };
        var company = r.Engine.Accounts.Create(spec, createdAtRuntime: true);
        var view = new SandboxCompanyView(company.Id, company.Name, company.Email, company.Password, company.ApiKey, company.IsActive, company.Address, company.WebhookSecret);
        return ApiResults.Created(view, ControlJsonContext.Default.SandboxCompanyView);
    }

    private static IResult ListCompanies(OperationRequest r)
    {
        var companies = new List<SandboxCompanySummary>();
        foreach (var c in r.Engine.Companies.All)
        {
            lock (c.Lock)
            {
                companies.Add(new SandboxCompanySummary(c.Id, c.Name, c.Email, c.IsActive, c.ApiKey, c.Address, c.Ledger.Available, c.Ledger.Frozen, c.Ledger.Trx, c.WebhookUrl));
            }
        }

        companies.Sort((a, b) => string.CompareOrdinal(a.Email, b.Email));
        return ApiResults.Ok(new SandboxCompanyList(companies), ControlJsonContext.Default.SandboxCompanyList);
    }

    private static IResult ListOrders(OperationRequest r)
    {
        var orders = r.Engine.Orders.Recent(r.QueryGuid("companyId"), WireNames.Parse<OrderStatus>(r.Query("status")), r.QueryInt("limit"));
        return ApiResults.Ok(new SandboxOrderList(orders), ControlJsonContext.Default.SandboxOrderList);
    }

    private static IResult CompleteOrder(OperationRequest r) =>
        ApiResults.Ok(r.Engine.Orders.Complete(r.RouteId()), ApiJsonContext.Default.OrderView);

    private static IResult FailOrder(OperationRequest r) =>
        ApiResults.Ok(r.Engine.Orders.Fail(r.RouteId(), r.BodyString("failureReason") ?? OrderService.PaymentRejected), ApiJsonContext.Default.OrderView);

    private static IResult ListRequests(OperationRequest r)
    {
        var filter = JournalFilter.From(r);
        var found = r.Service<RequestJournal>().Find(filter, r.QueryInt("limit"));
        return ApiResults.Ok(new JournalEntryList(found), ControlJsonContext.Default.JournalEntryList);
    }

    private static IResult ClockResult(SandboxEngine engine) =>
        ApiResults.Ok(new ClockView(engine.Now, engine.Clock.Mode.ToWire()), ControlJsonContext.Default.ClockView);
}
