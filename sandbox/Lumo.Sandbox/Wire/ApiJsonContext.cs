using System.Text.Json;
using System.Text.Json.Serialization;
using Lumo.Sandbox.Engine.Companies;
using Lumo.Sandbox.Engine.Deposits;
using Lumo.Sandbox.Engine.Disputes;
using Lumo.Sandbox.Engine.Orders;
using Lumo.Sandbox.Engine.Rates;
using Lumo.Sandbox.Engine.UserWallets;

namespace Lumo.Sandbox.Wire;

/// <summary>
/// Source-generated JSON for every shape the Lumo API answers with (and webhooks carry as <c>data</c>): no
/// reflection on the hot path. Write them through <see cref="WireJson"/> for the API's text escaping.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    Converters = [typeof(UtcDateTimeConverter), typeof(MoneyJsonConverter)],
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(LoginView))]
[JsonSerializable(typeof(ApiKeyView))]
[JsonSerializable(typeof(CompanyProfileView))]
[JsonSerializable(typeof(WalletBalanceView))]
[JsonSerializable(typeof(RateView))]
[JsonSerializable(typeof(QuoteView))]
[JsonSerializable(typeof(OrderView))]
[JsonSerializable(typeof(OrderListView))]
[JsonSerializable(typeof(DisputeView))]
[JsonSerializable(typeof(DisputeListView))]
[JsonSerializable(typeof(DepositView))]
[JsonSerializable(typeof(DepositListView))]
[JsonSerializable(typeof(UserWalletView))]
[JsonSerializable(typeof(UserWalletListView))]
[JsonSerializable(typeof(UserDepositView))]
[JsonSerializable(typeof(UserDepositListView))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
