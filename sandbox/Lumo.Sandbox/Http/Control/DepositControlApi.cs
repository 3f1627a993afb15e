using Lumo.Sandbox.Http.Json;
using Lumo.Sandbox.Http.Pipeline;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Http.Control;

/// <summary>The control API's blockchain: simulated USDT transfers to a company's address, and their list.</summary>
internal static class DepositControlApi
{
    public static HandlerRegistry MapDepositControl(this HandlerRegistry handlers) => handlers
        .Add("listSandboxDeposits", List)
        .Add("createSandboxDeposit", Create);

    private static IResult List(OperationRequest r)
    {
        var found = r.Engine.Deposits.Recent(r.QueryGuid("companyId"), r.QueryInt("limit"));
        return ApiResults.Ok(new SandboxDepositList(found), ControlJsonContext.Default.SandboxDepositList);
    }

    private static IResult Create(OperationRequest r)
    {
        var deposit = r.Engine.Deposits.CreateForCompany(
            Guid.Parse(r.BodyString("companyId")!),
            r.BodyDecimal("amountUsdt")!.Value,
            r.BodyInt("confirmations") ?? 0,
            r.BodyBool("fail") ?? false);
        return ApiResults.Created(deposit, ApiJsonContext.Default.DepositView);
    }
}
