using Lumo.Sandbox.Http.Errors;
using Lumo.Sandbox.Http.Json;
using Lumo.Sandbox.Http.Pipeline;
using Lumo.Sandbox.Webhooks;

namespace Lumo.Sandbox.Http.Control;

/// <summary>GET /_sandbox/webhooks: what was sent to the companies' receivers, with every attempt.</summary>
internal static class WebhookControlApi
{
    public static HandlerRegistry MapSandboxWebhooks(this HandlerRegistry handlers) => handlers
        .Add("listSandboxWebhooks", ListWebhooks)
        .Add("redeliverSandboxWebhook", Redeliver);

    private static async ValueTask<IResult> Redeliver(OperationRequest r)
    {
        // The new attempt's answer is in the outbox and the report when this returns.
        var delivery = r.Engine.Events is WebhookEventSink webhooks ? await webhooks.RedeliverAsync(r.RouteId()) : null;
        return delivery is null
            ? throw new ApiException(StatusCodes.Status404NotFound, "Webhook event not found")
            : ApiResults.Accepted(delivery, WebhookJsonContext.Default.WebhookDeliveryView);
    }

    // Attempts already in flight finish first (bounded by the send timeout), so a test sees a settled state.
    private static async ValueTask<IResult> ListWebhooks(OperationRequest r)
    {
        IReadOnlyList<WebhookDeliveryView> deliveries = [];
        if (r.Engine.Events is WebhookEventSink webhooks)
        {
            await webhooks.SettleAsync();
            deliveries = webhooks.List(r.QueryGuid("companyId"), r.QueryInt("limit"));
        }

        return ApiResults.Ok(new WebhookDeliveryList(deliveries), WebhookJsonContext.Default.WebhookDeliveryList);
    }
}
