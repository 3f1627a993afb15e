using System.Text.Json;
using System.Text.Json.Serialization;
using Lumo.Sandbox.Engine.Companies;
using Lumo.Sandbox.Engine.Deposits;
using Lumo.Sandbox.Engine.Disputes;
using Lumo.Sandbox.Engine.Orders;
using Lumo.Sandbox.Engine.Rates;
using Lumo.Sandbox.Engine.UserWallets;
using Lumo.Sandbox.Http.Control;
using Lumo.Sandbox.Http.Journal;
using Lumo.Sandbox.Http.Load;

namespace Lumo.Sandbox.Http.Json;

/// <summary>Source-generated JSON for every response shape: no reflection on the hot path.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    Converters = [typeof(UtcDateTimeConverter)],
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(LoginView))]
[JsonSerializable(typeof(ApiKeyView))]
[JsonSerializable(typeof(CompanyProfileView))]
[JsonSerializable(typeof(WalletBalanceView))]
[JsonSerializable(typeof(RateView))]
[JsonSerializable(typeof(QuoteView))]
[JsonSerializable(typeof(OrderView))]
[JsonSerializable(typeof(OrderListView))]
[JsonSerializable(typeof(JournalEntryList))]
[JsonSerializable(typeof(HealthView))]
[JsonSerializable(typeof(ClockView))]
[JsonSerializable(typeof(SandboxCompanyView))]
[JsonSerializable(typeof(SandboxCompanyList))]
[JsonSerializable(typeof(SandboxOrderList))]
[JsonSerializable(typeof(DisputeView))]
[JsonSerializable(typeof(DisputeListView))]
[JsonSerializable(typeof(SandboxDisputeList))]
[JsonSerializable(typeof(DepositView))]
[JsonSerializable(typeof(DepositListView))]
[JsonSerializable(typeof(SandboxDepositList))]
[JsonSerializable(typeof(UserWalletView))]
[JsonSerializable(typeof(UserWalletListView))]
[JsonSerializable(typeof(UserDepositView))]
[JsonSerializable(typeof(UserDepositListView))]
[JsonSerializable(typeof(SeedOrdersView))]
internal sealed partial class SandboxJsonContext : JsonSerializerContext;
