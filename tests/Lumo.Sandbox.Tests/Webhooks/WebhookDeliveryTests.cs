using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Webhooks;

/// <summary>What an integrator's receiver gets: signed events, their shape, their order, and whose they are.</summary>
public sealed class WebhookDeliveryTests : WebhookTestBase
{
    [Test]
    public async Task An_event_is_signed_with_the_company_secret_and_is_id_type_createdAt_and_the_order()
    {
        var hook = WebhookReceiver.On(Receivers);
        var (company, api) = await HookedCompanyAsync(hook);
        var now = await NowAsync();

        var order = await api.OrderAsync(100m, "signed-1");

        var deliveries = await DeliveriesAsync(company);
        var received = hook.Received;
        Assert.That(received, Has.Count.EqualTo(1));
        var request = received[0];
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(company.WebhookSecret), request.Body));
        Assert.That(request.Header("X-Lumo-Signature"), Is.EqualTo(signature));
        Assert.That(request.Header("X-Lumo-Event"), Is.EqualTo("order.status_changed"));
        Assert.That(request.Header("X-Lumo-Delivery"), Is.EqualTo(request.EventId.ToString()));
        Assert.That(request.Header("Content-Type"), Does.StartWith("application/json"));

        var json = request.Json;
        Assert.That(json.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "type", "createdAt", "data" }));
        Assert.That(json.Str("type"), Is.EqualTo("order.status_changed"));
        Assert.That(json.Str("createdAt"), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"));
        Assert.That(json.GetProperty("createdAt").GetDateTimeOffset(), Is.EqualTo(now));
        Assert.That(json.GetProperty("data").GetRawText(), Is.EqualTo(order.GetRawText()), "data is the order exactly as the API shows it");

        Assert.That(deliveries, Has.Count.EqualTo(1));
        var delivery = deliveries[0];
        Assert.That(delivery.EventId, Is.EqualTo(request.EventId));
        Assert.That(delivery.Type, Is.EqualTo("order.status_changed"));
        Assert.That(delivery.CompanyId, Is.EqualTo(company.Id));
        Assert.That(delivery.Url, Is.EqualTo(hook.Url));
        Assert.That(delivery.Status, Is.EqualTo("delivered"));
        Assert.That(delivery.NextAttemptAt, Is.Null);
        Assert.That(delivery.CreatedAt, Is.EqualTo(now));
        Assert.That(delivery.Payload.GetRawText(), Is.EqualTo(Encoding.UTF8.GetString(request.Body)));
        Assert.That(delivery.Attempts, Has.Count.EqualTo(1));
        Assert.That(delivery.Attempts[0].At, Is.EqualTo(now));
        Assert.That(delivery.Attempts[0].StatusCode, Is.EqualTo(200));
        Assert.That(delivery.Attempts[0].Error, Is.Null);
    }

    [Test]
    public async Task Accept_and_payment_arrive_in_order_as_in_progress_then_success()
    {
        var hook = WebhookReceiver.On(Receivers);
        var (company, api) = await HookedCompanyAsync(hook);
        var accepted = await NowAsync();
        var order = await api.OrderAsync(100m, "in-order");

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3));

        var received = hook.Received;
        Assert.That(received.Select(r => r.OrderStatus), Is.EqualTo(new[] { "in_progress", "success" }));
        Assert.That(received.Select(r => r.ResourceId), Is.All.EqualTo(order.Id()));
        Assert.That(received[1].EventId, Is.Not.EqualTo(received[0].EventId));
        Assert.That(received[1].Json.GetProperty("createdAt").GetDateTimeOffset(), Is.EqualTo(accepted.AddSeconds(3)));
        Assert.That((await DeliveriesAsync(company)).Select(d => d.Status), Is.All.EqualTo("delivered"));
    }

    [Test]
    public async Task A_later_event_of_an_order_is_not_sent_before_the_earlier_one_is_delivered()
    {
        var hook = WebhookReceiver.On(Receivers).AnswerInTurn(new Answer(500), new Answer(200));
        var (company, api) = await HookedCompanyAsync(hook);
        var order = await api.OrderAsync(100m, "held");
        await Sandbox.Orders.CompleteAsync(order.Id());

        var waiting = await DeliveriesAsync(company);

        Assert.That(hook.Received.Select(r => (r.OrderStatus, r.AnsweredStatus)), Is.EqualTo(new[] { ("in_progress", 500) }));
        Assert.That(waiting.Select(d => (d.Status, d.Attempts.Count, d.NextAttemptAt is null)), Is.EqualTo(new[] { ("pending", 1, false), ("pending", 0, true) }));

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(10));

        Assert.That(
            hook.Received.Select(r => (r.OrderStatus, r.AnsweredStatus)),
            Is.EqualTo(new[] { ("in_progress", 500), ("in_progress", 200), ("success", 200) }));
        Assert.That((await DeliveriesAsync(company)).Select(d => d.Status), Is.EqualTo(new[] { "delivered", "delivered" }));
    }

    [Test]
    public async Task An_order_whose_events_keep_failing_does_not_hold_back_other_orders()
    {
        var hook = WebhookReceiver.On(Receivers).AnswerBy(body => body.Contains("\"stuck\"", StringComparison.Ordinal) ? 500 : 200);
        var (company, api) = await HookedCompanyAsync(hook);
        var stuck = await api.OrderAsync(100m, "stuck");
        var flowing = await api.OrderAsync(200m, "flowing");

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3));

        var delivered = hook.Received.Where(r => r.AnsweredStatus == 200).ToList();
        Assert.That(delivered.Select(r => (r.ResourceId, r.OrderStatus)), Is.EqualTo(new[] { (flowing.Id(), "in_progress"), (flowing.Id(), "success") }));
        var stuckDeliveries = (await DeliveriesAsync(company)).Where(d => d.Payload.GetProperty("data").Id() == stuck.Id()).ToList();
        Assert.That(stuckDeliveries.Select(d => (d.Status, d.Attempts.Count)), Is.EqualTo(new[] { ("pending", 1), ("pending", 0) }));
    }

    [Test]
    public async Task A_company_without_a_webhook_url_gets_no_deliveries()
    {
        await Api.OrderAsync(100m, "unhooked");
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3));

        Assert.That(await Sandbox.Webhooks.ListAsync(Company.Id), Is.Empty);
    }

    [Test]
    public async Task Deliveries_are_per_company_each_signed_with_its_own_secret()
    {
        var firstHook = WebhookReceiver.On(Receivers);
        var secondHook = WebhookReceiver.On(Receivers);
        var (first, firstApi) = await HookedCompanyAsync(firstHook);
        var (second, secondApi) = await HookedCompanyAsync(secondHook);

        var firstOrder = await firstApi.OrderAsync(100m, "first");
        var secondOrder = await secondApi.OrderAsync(200m, "second");

        Assert.That((await DeliveriesAsync(first)).Select(d => (d.CompanyId, d.Payload.GetProperty("data").Id())), Is.EqualTo(new[] { (first.Id, firstOrder.Id()) }));
        Assert.That((await DeliveriesAsync(second)).Select(d => (d.CompanyId, d.Payload.GetProperty("data").Id())), Is.EqualTo(new[] { (second.Id, secondOrder.Id()) }));
        Assert.That(firstHook.Received.Select(r => r.ResourceId), Is.EqualTo(new[] { firstOrder.Id() }));
        Assert.That(secondHook.Received.Select(r => r.ResourceId), Is.EqualTo(new[] { secondOrder.Id() }));
        Assert.That(first.WebhookSecret, Is.Not.EqualTo(second.WebhookSecret));
        Assert.That(firstHook.Received[0].Header("X-Lumo-Signature"), Is.EqualTo(Testing.SandboxWebhooks.Sign(first.WebhookSecret, firstHook.Received[0].Body)));
        Assert.That(secondHook.Received[0].Header("X-Lumo-Signature"), Is.EqualTo(Testing.SandboxWebhooks.Sign(second.WebhookSecret, secondHook.Received[0].Body)));
    }

    [Test]
    public async Task The_profile_webhook_url_starts_deliveries_and_clearing_it_stops_new_ones()
    {
        var hook = WebhookReceiver.On(Receivers);
        using (var set = await Api.PatchAsJsonAsync("auth/company/profile", new { webhookUrl = hook.Url }))
        {
            await set.JsonAsync(200);
        }

        var order = await Api.OrderAsync(100m, "profile");
        using (var clear = await Api.PatchAsJsonAsync("auth/company/profile", new { webhookUrl = (string?)null }))
        {
            await clear.JsonAsync(200);
        }

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3));

        Assert.That(hook.Received.Select(r => (r.ResourceId, r.OrderStatus)), Is.EqualTo(new[] { (order.Id(), "in_progress") }));
        Assert.That((await DeliveriesAsync(Company)).Select(d => d.Payload.GetProperty("data").Str("status")), Is.EqualTo(new[] { "in_progress" }));
    }

    [Test]
    public async Task The_list_is_newest_first_across_companies_and_honours_the_limit()
    {
        var (first, firstApi) = await HookedCompanyAsync(WebhookReceiver.On(Receivers));
        var (second, secondApi) = await HookedCompanyAsync(WebhookReceiver.On(Receivers));
        await firstApi.OrderAsync(100m, "older");
        await secondApi.OrderAsync(200m, "newer");

        var list = await Client().GetJsonAsync("_sandbox/webhooks?limit=2");

        var deliveries = list.GetProperty("deliveries").EnumerateArray().ToList();
        Assert.That(deliveries.Select(d => d.GetProperty("companyId").GetGuid()), Is.EqualTo(new[] { second.Id, first.Id }));
        Assert.That(
            deliveries[0].EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "eventId", "type", "companyId", "url", "status", "attempts", "nextAttemptAt", "createdAt", "payload" }));
    }

    [Test]
    public async Task Reset_clears_the_deliveries()
    {
        var (company, api) = await HookedCompanyAsync(WebhookReceiver.On(Receivers));
        await api.OrderAsync(100m, "before-reset");
        Assert.That(await Sandbox.Webhooks.ListAsync(company.Id), Has.Count.EqualTo(1));

        await Sandbox.ResetAsync();

        Assert.That(await Sandbox.Webhooks.ListAsync(), Is.Empty);
    }
}
