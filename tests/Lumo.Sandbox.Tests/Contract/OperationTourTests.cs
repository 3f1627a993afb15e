using System.Net.Http.Json;
using System.Text;
using Lumo.Sandbox.Contract;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Contract;

/// <summary>
/// Every operation of the document, called with a valid key and valid input, answers its documented success
/// status (and a body its schema allows: the clients check that); without a key it is 401; with an empty body
/// where fields are required it is 400 naming them.
/// </summary>
public sealed class OperationTourTests : SandboxTestBase
{
    private delegate Task<HttpRequestMessage> RequestFactory(OperationTourTests tour);

    private static readonly Dictionary<string, RequestFactory> ValidCalls = new(StringComparer.Ordinal)
    {
        ["companyLogin"] = t => Json(HttpMethod.Post, "auth/company/login", new { email = t.Company.Email, password = t.Company.Password }),
        ["getCompanyProfile"] = _ => Plain(HttpMethod.Get, "auth/company/profile"),
        ["updateCompanyProfile"] = _ => Json(HttpMethod.Patch, "auth/company/profile", new { contactTelegram = "@tour" }),
        ["regenerateApiKey"] = _ => Plain(HttpMethod.Post, "auth/company/regenerate-key"),
        ["getCurrentRate"] = _ => Plain(HttpMethod.Get, "rates/current"),
        ["prepareOrder"] = _ => Json(HttpMethod.Post, "orders/prepare", new { qrCode = Qr.Quickstart, externalOrderId = "tour-1" }),
        ["acceptOrder"] = async t => await Plain(HttpMethod.Post, $"orders/accept/{(await t.Api.QuoteAsync(100m)).Id()}"),
        ["listOrders"] = _ => Plain(HttpMethod.Get, "orders?status=in_progress&limit=5&offset=0"),
        ["getOrder"] = async t => await Plain(HttpMethod.Get, $"orders/{(await t.Api.OrderAsync(100m)).Id()}"),
        ["createDispute"] = async t => await Json(HttpMethod.Post, $"orders/{await t.PaidOrderAsync()}/disputes", new { reason = "Merchant did not deliver" }),
        ["listDisputes"] = _ => Plain(HttpMethod.Get, "disputes?limit=5"),
        ["getDispute"] = async t => await Plain(HttpMethod.Get, $"disputes/{await t.DisputeAsync()}"),
        ["getWalletBalance"] = _ => Plain(HttpMethod.Get, "wallets/balance"),
        ["listDeposits"] = _ => Plain(HttpMethod.Get, "wallets/deposits?limit=5"),
        ["createUserWallet"] = _ => Json(HttpMethod.Post, "user-wallets", new { externalId = "user-tour" }),
        ["listUserWallets"] = _ => Plain(HttpMethod.Get, "user-wallets?externalId=user-tour&limit=5"),
        ["listBlockedUserWallets"] = _ => Plain(HttpMethod.Get, "user-wallets/blocked?limit=5"),
        ["getUserWallet"] = async t => await Plain(HttpMethod.Get, $"user-wallets/{await t.UserWalletAsync()}"),
        ["replaceUserWallet"] = async t => await Plain(HttpMethod.Post, $"user-wallets/{await t.UserWalletAsync()}/replace"),
        ["listUserDeposits"] = async t => await Plain(HttpMethod.Get, $"user-wallets/{await t.UserWalletAsync()}/deposits"),
        ["getSandboxHealth"] = _ => Plain(HttpMethod.Get, "_sandbox/health"),
        ["resetSandbox"] = _ => Plain(HttpMethod.Post, "_sandbox/reset"),
        ["getSandboxScenario"] = _ => Plain(HttpMethod.Get, "_sandbox/scenario"),
        ["replaceSandboxScenario"] = async t => new HttpRequestMessage(HttpMethod.Put, "_sandbox/scenario")
        {
            Content = new StringContent(await t.Api.GetStringAsync(new Uri("_sandbox/scenario", UriKind.Relative)), Encoding.UTF8, "application/json"),
        },
        ["getSandboxClock"] = _ => Plain(HttpMethod.Get, "_sandbox/clock"),
        ["advanceSandboxClock"] = _ => Json(HttpMethod.Post, "_sandbox/clock/advance", new { seconds = 1 }),
        ["createSandboxCompany"] = _ => Json(HttpMethod.Post, "_sandbox/companies", new { usdtBalance = 5 }),
        ["listSandboxCompanies"] = _ => Plain(HttpMethod.Get, "_sandbox/companies"),
        ["listSandboxOrders"] = _ => Plain(HttpMethod.Get, "_sandbox/orders?limit=5"),
        ["completeSandboxOrder"] = async t => await Plain(HttpMethod.Post, $"_sandbox/orders/{(await t.Api.OrderAsync(100m)).Id()}/complete"),
        ["failSandboxOrder"] = async t => await Json(HttpMethod.Post, $"_sandbox/orders/{(await t.Api.OrderAsync(100m)).Id()}/fail", new { failureReason = "tour" }),
        ["listSandboxRequests"] = _ => Plain(HttpMethod.Get, "_sandbox/requests?method=GET&path=/orders*&limit=5"),
        ["listSandboxDisputes"] = _ => Plain(HttpMethod.Get, "_sandbox/disputes"),
        ["reviewSandboxDispute"] = async t => await Plain(HttpMethod.Post, $"_sandbox/disputes/{await t.DisputeAsync()}/review"),
        ["resolveSandboxDispute"] = async t => await Json(HttpMethod.Post, $"_sandbox/disputes/{await t.DisputeAsync()}/resolve", new { resolution = "refund" }),
        ["rejectSandboxDispute"] = async t => await Json(HttpMethod.Post, $"_sandbox/disputes/{await t.DisputeAsync()}/reject", new { adminComment = "No grounds" }),
        ["listSandboxDeposits"] = _ => Plain(HttpMethod.Get, "_sandbox/deposits"),
        ["createSandboxDeposit"] = t => Json(HttpMethod.Post, "_sandbox/deposits", new { companyId = t.Company.Id, amountUsdt = 100 }),
        ["createSandboxUserDeposit"] = async t => await Json(HttpMethod.Post, $"_sandbox/user-wallets/{await t.UserWalletAsync()}/deposits", new { amountUsdt = 10 }),
        ["blockSandboxUserWallet"] = async t => await Json(HttpMethod.Post, $"_sandbox/user-wallets/{await t.UserWalletAsync()}/block", new { reason = "Sanctions screening" }),
        ["unblockSandboxUserWallet"] = async t => await Plain(HttpMethod.Post, $"_sandbox/user-wallets/{await t.UserWalletAsync()}/unblock"),
        ["listSandboxWebhooks"] = _ => Plain(HttpMethod.Get, "_sandbox/webhooks"),
        ["getSandboxDrift"] = _ => Plain(HttpMethod.Get, "_sandbox/drift"),
        ["clearSandboxDrift"] = _ => Plain(HttpMethod.Delete, "_sandbox/drift"),
        ["seedSandboxOrders"] = t => Json(HttpMethod.Post, "_sandbox/orders/seed", new { companyId = t.Company.Id, count = 3, statuses = new[] { "success", "failed" } }),
    };

    public static IEnumerable<string> Operations() => Contract.Operations.Select(o => o.OperationId).Order(StringComparer.Ordinal);

    public static IEnumerable<string> KeyedOperations() =>
        Contract.Operations.Where(o => o.Security == OperationSecurity.ApiKey).Select(o => o.OperationId).Order(StringComparer.Ordinal);

    public static IEnumerable<string> OperationsWithRequiredFields() =>
        Contract.Operations
            .Where(o => o.Operation.RequestBody?.Content.TryGetValue("application/json", out var media) == true && media.Schema.Required.Count > 0)
            .Select(o => o.OperationId)
            .Order(StringComparer.Ordinal);

    [Test]
    public void The_tour_covers_every_operation_of_the_document() =>
        Assert.That(ValidCalls.Keys, Is.EquivalentTo(Operations()));

    [TestCaseSource(nameof(Operations))]
    public async Task A_valid_call_answers_the_documented_success_status(string operationId)
    {
        var operation = Contract.Operations.Single(o => o.OperationId == operationId);
        using var request = await ValidCalls[operationId](this);

        using var response = await Api.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(operation.SuccessStatus), () => $"{operationId}: {body}");
    }

    [TestCaseSource(nameof(KeyedOperations))]
    public async Task Without_a_key_it_is_401(string operationId)
    {
        var operation = Contract.Operations.Single(o => o.OperationId == operationId);
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), PathWithIds(operation.PathTemplate));

        using var response = await Client().SendAsync(request);

        var error = await response.JsonAsync(401);
        Assert.That(error.Str("error"), Is.EqualTo("Unauthorized"));
    }

    [TestCaseSource(nameof(OperationsWithRequiredFields))]
    public async Task An_empty_body_is_400_naming_each_required_field(string operationId)
    {
        var operation = Contract.Operations.Single(o => o.OperationId == operationId);
        var required = operation.Operation.RequestBody.Content["application/json"].Schema.Required;
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), PathWithIds(operation.PathTemplate))
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };

        using var response = await Api.SendAsync(request);

        var error = await response.JsonAsync(400);
        var messages = error.GetProperty("message").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.That(messages, Is.SupersetOf(required.Select(name => $"{name} is required")));
    }

    private static string PathWithIds(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, "\\{[^}]+\\}", Guid.NewGuid().ToString()).TrimStart('/');

    private static Task<HttpRequestMessage> Plain(HttpMethod method, string path) => Task.FromResult(new HttpRequestMessage(method, path));

    private static Task<HttpRequestMessage> Json(HttpMethod method, string path, object body) =>
        Task.FromResult(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) });

    private async Task<Guid> PaidOrderAsync()
    {
        var order = await Api.OrderAsync(100m);
        await Sandbox.Orders.CompleteAsync(order.Id());
        return order.Id();
    }

    private async Task<Guid> DisputeAsync()
    {
        using var response = await Api.PostAsJsonAsync($"orders/{await PaidOrderAsync()}/disputes", new { reason = "Not delivered" });
        return (await response.JsonAsync(201)).Id();
    }

    private async Task<Guid> UserWalletAsync()
    {
        using var response = await Api.PostAsJsonAsync("user-wallets", new { externalId = "user-tour" });
        return (await response.JsonAsync(201)).Id();
    }
}
