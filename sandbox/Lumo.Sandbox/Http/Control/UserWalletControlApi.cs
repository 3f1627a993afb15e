using Lumo.Sandbox.Http.Json;
using Lumo.Sandbox.Http.Pipeline;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Http.Control;

/// <summary>The control API's side of user wallets: simulated user deposits, and the platform's block and unblock.</summary>
internal static class UserWalletControlApi
{
    public static HandlerRegistry MapUserWalletControl(this HandlerRegistry handlers) => handlers
        .Add("createSandboxUserDeposit", CreateDeposit)
        .Add("blockSandboxUserWallet", Block)
        .Add("unblockSandboxUserWallet", Unblock);

    private static IResult CreateDeposit(OperationRequest r)
    {
        var deposit = r.Engine.Deposits.CreateForUserWallet(
            r.RouteId(),
            r.BodyDecimal("amountUsdt")!.Value,
            r.BodyInt("confirmations") ?? 0,
            r.BodyBool("fail") ?? false);
        return ApiResults.Created(deposit, ApiJsonContext.Default.UserDepositView);
    }

    private static IResult Block(OperationRequest r) =>
        ApiResults.Ok(r.Engine.UserWallets.Block(r.RouteId(), r.BodyString("reason")), ApiJsonContext.Default.UserWalletView);

    private static IResult Unblock(OperationRequest r) =>
        ApiResults.Ok(r.Engine.UserWallets.Unblock(r.RouteId()), ApiJsonContext.Default.UserWalletView);
}
