using System.Text.Json;
using System.Text.Json.Serialization;
using Lumo.Sandbox.Http.Control;
using Lumo.Sandbox.Http.Journal;
using Lumo.Sandbox.Http.Load;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Http.Json;

/// <summary>Source-generated JSON for the control API's own shapes (the API's shapes are in <see cref="ApiJsonContext"/>).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    Converters = [typeof(UtcDateTimeConverter), typeof(MoneyJsonConverter)],
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(JournalEntryList))]
[JsonSerializable(typeof(HealthView))]
[JsonSerializable(typeof(ClockView))]
[JsonSerializable(typeof(SandboxCompanyView))]
[JsonSerializable(typeof(SandboxCompanyList))]
[JsonSerializable(typeof(SandboxOrderList))]
[JsonSerializable(typeof(SandboxDisputeList))]
[JsonSerializable(typeof(SandboxDepositList))]
[JsonSerializable(typeof(SeedOrdersView))]
internal sealed partial class ControlJsonContext : JsonSerializerContext;
