using System.Text.Json;
using System.Text.Json.Serialization;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Webhooks;

/// <summary>Source-generated JSON for the control API's webhook list, with the same options as the API's own.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    Converters = [typeof(UtcDateTimeConverter), typeof(MoneyJsonConverter)],
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(WebhookDeliveryList))]
[JsonSerializable(typeof(WebhookDeliveryView))]
internal sealed partial class WebhookJsonContext : JsonSerializerContext;
