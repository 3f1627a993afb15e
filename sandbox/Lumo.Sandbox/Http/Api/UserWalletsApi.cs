using Lumo.Sandbox.Engine.Deposits;
using Lumo.Sandbox.Engine.Support;
using Lumo.Sandbox.Http.Json;
using Lumo.Sandbox.Http.Pipeline;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Http.Api;

/// <summary>User wallets: create-or-return by externalId, lists, get, replace, and each wallet's deposits.</summary>
internal static class UserWalletsApi
{
    public static HandlerRegistry MapUserWallets(this HandlerRegistry handlers) => handlers
        .Add("createUserWallet", Create)
        .Add("listUserWallets", List)
        .Add("listBlockedUserWallets", ListBlocked)
        .Add("getUserWallet", Get)
        .Add("replaceUserWallet", Replace)
        .Add("listUserDeposits", ListDeposits);

    // 201 whether the wallet is new or already existed, as the real API answers.
    private static IResult Create(OperationRequest r) =>
        ApiResults.Created(r.Engine.UserWallets.CreateOrGet(r.Company, r.BodyString("externalId")!), ApiJsonContext.Default.UserWalletView);

    private static IResult List(OperationRequest r)
    {
        var page = r.Engine.UserWallets.List(r.Company, r.Query("externalId"), r.QueryInt("offset"), r.QueryInt("limit"));
        return ApiResults.Ok(page, ApiJsonContext.Default.UserWalletListView);
    }

    private static IResult ListBlocked(OperationRequest r)
    {
        var page = r.Engine.UserWallets.ListBlocked(r.Company, r.QueryInt("offset"), r.QueryInt("limit"));
        return ApiResults.Ok(page, ApiJsonContext.Default.UserWalletListView);
    }

    private static IResult Get(OperationRequest r) =>
        ApiResults.Ok(r.Engine.UserWallets.Get(r.Company, r.RouteId()), ApiJsonContext.Default.UserWalletView);

    private static IResult Replace(OperationRequest r) =>
        ApiResults.Created(r.Engine.UserWallets.Replace(r.Company, r.RouteId()), ApiJsonContext.Default.UserWalletView);

    private static IResult ListDeposits(OperationRequest r)
    {
        var page = r.Engine.Deposits.ListForUserWallet(r.Company, r.RouteId(), WireNames.Parse<DepositStatus>(r.Query("status")), r.QueryInt("offset"), r.QueryInt("limit"));
        return ApiResults.Ok(page, ApiJsonContext.Default.UserDepositListView);
    }
}
