using System.Net.Http.Json;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Webhooks;

/// <summary>Dispute changes and confirmed deposits reach the receiver as events, with the resource as the API shows it.</summary>
public sealed class WebhookDomainEventTests : WebhookTestBase
{
    [Test]
    public async Task Every_dispute_change_is_a_dispute_updated_event_in_order()
    {
        var hook = WebhookReceiver.On(Receivers);
        var (_, api) = await HookedCompanyAsync(hook);
        var order = await api.OrderAsync(100m, "disputed");
        await Sandbox.Orders.CompleteAsync(order.Id());
        var dispute = await api.DisputeAsync(order.Id());

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromMinutes(10));

        var events = hook.Received.Where(r => r.Header("X-Lumo-Event") == "dispute.updated").ToList();
        Assert.That(events.Select(e => e.Json.GetProperty("data").Str("status")), Is.EqualTo(new[] { "submitted", "in_review", "resolved" }));
        Assert.That(events.Select(e => e.ResourceId), Is.All.EqualTo(dispute.Id()));
        var final = await api.GetJsonAsync($"disputes/{dispute.Id()}");
        Assert.That(events[^1].Json.GetProperty("data").GetRawText(), Is.EqualTo(final.GetRawText()));
    }

    [Test]
    public async Task A_confirmed_deposit_is_one_deposit_confirmed_event()
    {
        var hook = WebhookReceiver.On(Receivers);
        var (company, _) = await HookedCompanyAsync(hook);
        using var control = Client();
        var deposit = await control.DepositAsync(company.Id, 100m);

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(56));
        Assert.That(hook.Received.Where(r => r.Header("X-Lumo-Event") == "deposit.confirmed"), Is.Empty);
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(30));

        var events = hook.Received.Where(r => r.Header("X-Lumo-Event") == "deposit.confirmed").ToList();
        Assert.That(events, Has.Count.EqualTo(1));
        Assert.That(events[0].ResourceId, Is.EqualTo(deposit.Id()));
        Assert.That(events[0].Json.GetProperty("data").Str("status"), Is.EqualTo("confirmed"));
        Assert.That(events[0].Json.GetProperty("data").GetProperty("confirmations").GetInt32(), Is.EqualTo(19));
    }

    [Test]
    public async Task A_confirmed_user_deposit_is_one_user_deposit_confirmed_event()
    {
        var hook = WebhookReceiver.On(Receivers);
        var (_, api) = await HookedCompanyAsync(hook);
        using var control = Client();
        using var created = await api.PostAsJsonAsync("user-wallets", new { externalId = "user-hooked" });
        var wallet = await created.JsonAsync(201);
        var deposit = await control.UserDepositAsync(wallet.Id(), 25m);

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(57));

        var events = hook.Received.Where(r => r.Header("X-Lumo-Event") == "user_deposit.confirmed").ToList();
        Assert.That(events, Has.Count.EqualTo(1));
        Assert.That(events[0].ResourceId, Is.EqualTo(deposit.Id()));
        Assert.That(events[0].Json.GetProperty("data").Str("userWalletId"), Is.EqualTo(wallet.Id().ToString()));
    }
}
