using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Load.Baseline;

// The sandbox's shapes, trimmed to what the load run requests.
internal sealed record Health(string Status);

internal sealed record PrepareBody(string QrCode, string ExternalOrderId);

internal sealed record Quote(Guid Id, decimal AmountRub, decimal AmountUsdt, decimal Rate, DateTimeOffset ExpiresAt, bool IsBalanceSufficient, string MerchantName);

internal sealed record Order(
    Guid Id,
    decimal AmountUsdt,
    decimal AmountRub,
    string Status,
    DateTimeOffset PaymentUntil,
    string MerchantName,
    string ExternalOrderId,
    DateTimeOffset? CompletedAt,
    string? FailureReason,
    DateTimeOffset CreatedAt);

internal sealed record OrderList(IReadOnlyList<Order> Orders, int Total);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Health))]
[JsonSerializable(typeof(PrepareBody))]
[JsonSerializable(typeof(Quote))]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(OrderList))]
internal sealed partial class BaselineJson : JsonSerializerContext;
