using System.Text.Json;
using Lumo.Sandbox.Engine.Disputes;
using Lumo.Sandbox.Engine.Orders;
using static Lumo.Sandbox.Readiness.ReadinessCatalog;

namespace Lumo.Sandbox.Readiness;

/// <summary>
/// Reads the cases out of one webhook attempt as the receiver answered it: acknowledged (2xx), failed, a retry
/// or a duplicate acknowledged, and what an acknowledged event told the receiver. Runs under the company's lock.
/// </summary>
internal static class WebhookDetector
{
    public static void ObserveNeedsLock(CompanyReadiness company, ObservedDelivery delivery)
    {
        var evidence = delivery.ToEvidence();
        if (!delivery.Acknowledged)
        {
            if (!company.FailedEvents.ContainsKey(delivery.EventId))
            {
                company.FailedEvents.Set(delivery.EventId, evidence);
            }

            return;
        }

        company.ObserveCaseNeedsLock(WebhookAcknowledged, evidence);
        if (company.FailedEvents.TryGetValue(delivery.EventId, out var failed))
        {
            company.ObserveCaseNeedsLock(WebhookRetryHandled, failed, evidence);
        }

        if (company.AcknowledgedEvents.TryGetValue(delivery.EventId, out var first))
        {
            company.ObserveCaseNeedsLock(WebhookDuplicateHandled, first, evidence);
        }
        else
        {
            company.AcknowledgedEvents.Set(delivery.EventId, evidence);
        }

        ObserveContent(company, delivery, evidence);
    }

    // What the receiver acknowledged, it has read: an order's or a dispute's new status.
    private static void ObserveContent(CompanyReadiness company, ObservedDelivery delivery, ReadinessEvidence evidence)
    {
        if (delivery.Type is not (OrderService.StatusChangedEvent or DisputeService.UpdatedEvent))
        {
            return;
        }

        using var document = JsonDocument.Parse(delivery.Body);
        if (!document.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var status = Text(data, "status");
        if (status is null)
        {
            return;
        }

        if (delivery.Type == OrderService.StatusChangedEvent)
        {
            ExchangeDetector.ObserveOrder(company, status, Text(data, "failureReason"), evidence);
        }
        else
        {
            ExchangeDetector.ObserveDispute(company, status, evidence);
        }
    }

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>One webhook attempt as its receiver answered it (status 0: no answer).</summary>
internal sealed record ObservedDelivery(DateTimeOffset At, Guid CompanyId, Guid EventId, string Type, string Url, int Status, byte[] Body)
{
    public bool Acknowledged => Status is >= 200 and <= 299;

    public ReadinessEvidence ToEvidence() => new(At, "POST", Url, Type, Status, CompanyId, EventId);
}
