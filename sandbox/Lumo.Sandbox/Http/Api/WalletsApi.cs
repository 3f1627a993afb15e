using Lumo.Sandbox.Engine.Deposits;
using Lumo.Sandbox.Engine.Support;
using Lumo.Sandbox.Http.Pipeline;
using Lumo.Sandbox.Http.Json;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Http.Api;

/// <summary>The company wallet: balance (available, frozen, TRX) and deposit history.</summary>
internal static class WalletsApi
{
    public static HandlerRegistry MapWallets(this HandlerRegistry handlers) => handlers
        .Add("getWalletBalance", Balance)
        .Add("listDeposits", ListDeposits);

    private static IResult Balance(OperationRequest r) =>
        ApiResults.Ok(r.Engine.Accounts.Balance(r.Company), ApiJsonContext.Default.WalletBalanceView);

    private static IResult ListDeposits(OperationRequest r)
    {
        var page = r.Engine.Deposits.List(r.Company, WireNames.Parse<DepositStatus>(r.Query("status")), r.QueryInt("offset"), r.QueryInt("limit"));
        return ApiResults.Ok(page, ApiJsonContext.Default.DepositListView);
    }
}
