using Lumo.Sandbox.Http.Json;
using Lumo.Sandbox.Http.Pipeline;
using Lumo.Sandbox.Webhooks;

namespace Lumo.Sandbox.Http.Control;

/// <summary>GET /_sandbox/webhooks: what was sent to the companies' receivers, with every attempt.</summary>
internal static class WebhookControlApi
{
    public static HandlerRegistry MapSandboxWebhooks(this HandlerRegistry handlers) => handlers
        .Add("listSandboxWebhooks", ListWebhooks);

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
