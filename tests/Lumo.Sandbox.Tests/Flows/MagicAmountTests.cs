using System.Text.Json;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Flows;

/// <summary>The default scenario's magic amounts, each exactly as the README's magic amounts table says.</summary>
public sealed class MagicAmountTests : SandboxTestBase
{
    [Test]
    public async Task Rub_4001_fails_payment_rejected_3_s_after_accept_and_releases_the_reserve()
    {
        var order = await Api.OrderAsync(4001m);
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(2));
        Assert.That((await Status(order)).Str("status"), Is.EqualTo("in_progress"));

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(1));

        var failed = await Status(order);
        Assert.That(failed.Str("status"), Is.EqualTo("failed"));
        Assert.That(failed.Str("failureReason"), Is.EqualTo("payment_rejected"));
        var balance = await Api.GetJsonAsync("wallets/balance");
        Assert.That(balance.Dec("usdtBalance"), Is.EqualTo(InitialUsdt));
        Assert.That(balance.Dec("frozenBalance"), Is.Zero);
    }

    [Test]
    public async Task Rub_4002_is_never_paid_and_times_out_exactly_at_payment_until()
    {
        var order = await Api.OrderAsync(4002m);
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(299.999));
        Assert.That((await Status(order)).Str("status"), Is.EqualTo("in_progress"));

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromMilliseconds(1));

        var failed = await Status(order);
        Assert.That(failed.Str("status"), Is.EqualTo("failed"));
        Assert.That(failed.Str("failureReason"), Is.EqualTo("payment_timeout"));
        Assert.That((await Api.GetJsonAsync("wallets/balance")).Dec("usdtBalance"), Is.EqualTo(InitialUsdt));
    }

    [Test]
    public async Task Rub_4003_succeeds_slowly_after_4_min()
    {
        var order = await Api.OrderAsync(4003m);
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(239));
        Assert.That((await Status(order)).Str("status"), Is.EqualTo("in_progress"));

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.That((await Status(order)).Str("status"), Is.EqualTo("success"));
    }

    [Test]
    public async Task Rub_4004_answers_503_once_storing_nothing_then_succeeds_on_retry()
    {
        var quote = await Api.QuoteAsync(4004m);

        using var first = await Api.AcceptAsync(quote.Id(), "key-4004");
        var error = await first.JsonAsync(503);
        Assert.That(error.Str("error"), Is.EqualTo("Service Unavailable"));
        Assert.That((await Api.GetJsonAsync("wallets/balance")).Dec("frozenBalance"), Is.Zero);

        using var retry = await Api.AcceptAsync(quote.Id(), "key-4004");
        var order = await retry.JsonAsync(201);
        Assert.That(retry.Headers.Contains("Idempotent-Replayed"), Is.False);
        Assert.That(order.Str("status"), Is.EqualTo("in_progress"));
    }

    [Test]
    public async Task Rub_4005_is_handled_but_answers_late_and_a_retry_with_the_key_gets_the_order()
    {
        var quote = await Api.QuoteAsync(4005m);
        using var impatient = Client(Company.ApiKey);
        using var giveUp = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"orders/accept/{quote.Id()}");
        request.Headers.Add("Idempotency-Key", "key-4005");
        var first = impatient.SendAsync(request, giveUp.Token);

        // The order exists while the first answer is still held back: the client would time out on a handled request.
        await ServerSignals.WaitUntilOrderExistsAsync(Api, quote.Id(), first);
        await giveUp.CancelAsync();
        Assert.That(async () => await first, Throws.InstanceOf<OperationCanceledException>());

        using var retry = await Api.AcceptAsync(quote.Id(), "key-4005");
        var order = await retry.JsonAsync(201);
        Assert.That(retry.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
        Assert.That(order.Id(), Is.EqualTo(quote.Id()));
        Assert.That((await Api.GetJsonAsync("orders")).GetProperty("total").GetInt32(), Is.EqualTo(1));
    }

    private Task<JsonElement> Status(JsonElement order) => Api.GetJsonAsync($"orders/{order.Id()}");
}
