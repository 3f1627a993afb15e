using System.Text.Json.Serialization;
using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Engine.Orders;

/// <summary>A quote as the API shows it (POST /orders/prepare).</summary>
internal sealed record QuoteView(
    Guid Id,
    decimal AmountRub,
    decimal AmountUsdt,
    decimal Rate,
    DateTimeOffset ExpiresAt,
    bool IsBalanceSufficient,
    string MerchantName)
{
    /// <summary>The externalOrderId the quote was prepared for: not part of the API's answer, read by the readiness report.</summary>
    [JsonIgnore]
    public string? ExternalOrderId { get; init; }
}

/// <summary>
/// An order as the API shows it; taken under the company's lock, so it is one consistent moment. The company id is
/// only written by the control API (business responses leave it null, and so out).
/// </summary>
internal sealed record OrderView(
    Guid Id,
    decimal AmountUsdt,
    decimal AmountRub,
    string Status,
    DateTimeOffset PaymentUntil,
    string MerchantName,
    string ExternalOrderId,
    DateTimeOffset? CompletedAt,
    string? FailureReason,
    DateTimeOffset CreatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? CompanyId = null)
{
    /// <summary>The order with its company, as the control API's cross-tenant lists show it.</summary>
    public OrderView WithCompany(Guid companyId) => this with { CompanyId = companyId };

    /// <summary>The order's view (made once per state: see <see cref="Order.View"/>).</summary>
    public static OrderView Of(Order order) => order.View;

    internal static OrderView Create(Order order) => new(
        order.Id,
        order.AmountUsdt,
        order.AmountRub,
        order.Status.ToWire(),
        order.PaymentUntil,
        order.MerchantName,
        order.ExternalOrderId,
        order.CompletedAt,
        order.FailureReason,
        order.CreatedAt);
}

/// <summary>One page of a company's orders, with the true total for the filter.</summary>
/// <remarks>An array, not IReadOnlyList: the serializer then indexes it instead of allocating an enumerator.</remarks>
internal sealed record OrderListView(OrderView[] Orders, int Total);

/// <summary>The result of accepting a quote: the new order, or (a replay) the answer of an earlier identical request.</summary>
internal sealed record AcceptResult(OrderView Order, bool IsReplay);
