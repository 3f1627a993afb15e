using System.Net.Http.Json;
using System.Text.Json;

namespace Lumo.Sandbox.Tests.Support;

/// <summary>Dispute, deposit and user wallet calls (business and control API) for tests, answering JSON.</summary>
internal static class DomainCalls
{
    /// <summary>POSTs a JSON body (or none) and answers the JSON of the expected status.</summary>
    public static async Task<JsonElement> PostJsonAsync(this HttpClient client, string path, object? body, int expectedStatus)
    {
        using var response = body is null
            ? await client.PostAsync(new Uri(path, UriKind.Relative), null)
            : await client.PostAsJsonAsync(path, body);
        return await response.JsonAsync(expectedStatus);
    }

    public static Task<JsonElement> DisputeAsync(this HttpClient api, Guid orderId, string reason = "Payment not received", int expectedStatus = 201) =>
        api.PostJsonAsync($"orders/{orderId}/disputes", new { reason }, expectedStatus);

    public static Task<JsonElement> ResolveAsync(this HttpClient control, Guid disputeId, object body, int expectedStatus = 200) =>
        control.PostJsonAsync($"_sandbox/disputes/{disputeId}/resolve", body, expectedStatus);

    public static Task<JsonElement> DepositAsync(this HttpClient control, Guid companyId, decimal amountUsdt, int? confirmations = null, bool? fail = null) =>
        control.PostJsonAsync("_sandbox/deposits", new { companyId, amountUsdt, confirmations, fail }.WithoutNulls(), 201);

    public static Task<JsonElement> UserWalletAsync(this HttpClient api, string externalId) =>
        api.PostJsonAsync("user-wallets", new { externalId }, 201);

    public static Task<JsonElement> UserDepositAsync(this HttpClient control, Guid walletId, decimal amountUsdt, int? confirmations = null, bool? fail = null) =>
        control.PostJsonAsync($"_sandbox/user-wallets/{walletId}/deposits", new { amountUsdt, confirmations, fail }.WithoutNulls(), 201);

    /// <summary>The company as GET /_sandbox/companies lists it (available and frozen USDT).</summary>
    public static async Task<JsonElement> SandboxCompanyAsync(this HttpClient control, Guid companyId)
    {
        var list = await control.GetJsonAsync("_sandbox/companies");
        return list.GetProperty("companies").EnumerateArray().Single(c => c.Id() == companyId);
    }

    /// <summary>available + frozen, which the ledger invariant says is initial + deposits + refunds − spent.</summary>
    public static async Task<decimal> HeldUsdtAsync(this HttpClient control, Guid companyId)
    {
        var company = await control.SandboxCompanyAsync(companyId);
        return company.Dec("usdtBalance") + company.Dec("frozenBalance");
    }

    public static async Task<decimal> AvailableUsdtAsync(this HttpClient api) => (await api.GetJsonAsync("wallets/balance")).Dec("usdtBalance");

    public static List<Guid> Ids(this JsonElement list, string property) => [.. list.GetProperty(property).EnumerateArray().Select(e => e.Id())];

    public static int Total(this JsonElement list) => list.GetProperty("total").GetInt32();

    public static bool IsNull(this JsonElement json, string name) => json.GetProperty(name).ValueKind == JsonValueKind.Null;

    public static DateTimeOffset Time(this JsonElement json, string name) => json.GetProperty(name).GetDateTimeOffset();

    // Optional request properties are left out rather than sent as null (the document does not allow null there).
    private static Dictionary<string, object> WithoutNulls<T>(this T body)
    {
        var json = JsonSerializer.SerializeToElement(body, JsonSerializerOptions.Web);
        var result = new Dictionary<string, object>();
        foreach (var property in json.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Null)
            {
                result[property.Name] = property.Value;
            }
        }

        return result;
    }
}
