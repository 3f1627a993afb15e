using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Flows;

public sealed class IdempotencyTests : SandboxTestBase
{
    [Test]
    public async Task The_same_key_for_the_same_quote_replays_the_stored_answer()
    {
        var quote = await Api.QuoteAsync(1000m);
        using var first = await Api.AcceptAsync(quote.Id(), "pay-1");
        var original = await first.Content.ReadAsStringAsync();
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3)); // the order moves on; the replay must not

        using var replay = await Api.AcceptAsync(quote.Id(), "pay-1");

        Assert.That((int)replay.StatusCode, Is.EqualTo(201));
        Assert.That(await replay.Content.ReadAsStringAsync(), Is.EqualTo(original));
        Assert.That(replay.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
        Assert.That(first.Headers.Contains("Idempotent-Replayed"), Is.False);
    }

    [Test]
    public async Task The_same_key_for_another_quote_is_409()
    {
        var one = await Api.QuoteAsync(100m);
        var two = await Api.QuoteAsync(200m);
        using var first = await Api.AcceptAsync(one.Id(), "pay-2");
        await first.JsonAsync(201);

        using var reused = await Api.AcceptAsync(two.Id(), "pay-2");

        Assert.That((await reused.JsonAsync(409)).Str("message"), Does.Contain("Idempotency-Key"));
        var balance = await Api.GetJsonAsync("wallets/balance");
        Assert.That(balance.Dec("frozenBalance"), Is.EqualTo(one.Dec("amountUsdt")));
    }

    [Test]
    public async Task Keys_are_per_company()
    {
        var other = await Sandbox.CreateCompanyAsync(usdtBalance: 1000m);
        var otherApi = Client(other.ApiKey);
        var mine = await Api.QuoteAsync(100m);
        var theirs = await otherApi.QuoteAsync(100m);

        using var a = await Api.AcceptAsync(mine.Id(), "shared-key");
        using var b = await otherApi.AcceptAsync(theirs.Id(), "shared-key");

        await a.JsonAsync(201);
        await b.JsonAsync(201);
        Assert.That(b.Headers.Contains("Idempotent-Replayed"), Is.False);
    }

    [Test]
    public async Task A_request_that_failed_validation_stores_nothing()
    {
        var quote = await Api.QuoteAsync(100m);
        using var bad = await Api.AcceptAsync(Guid.Empty, "pay-3");
        await bad.JsonAsync(404);

        using var good = await Api.AcceptAsync(quote.Id(), "pay-3");

        await good.JsonAsync(201);
        Assert.That(good.Headers.Contains("Idempotent-Replayed"), Is.False);
    }

    [Test]
    public async Task Keys_are_forgotten_after_24_h_of_sandbox_time()
    {
        var quote = await Api.QuoteAsync(100m);
        using var first = await Api.AcceptAsync(quote.Id(), "pay-4");
        await first.JsonAsync(201);

        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromHours(24));
        using var late = await Api.AcceptAsync(quote.Id(), "pay-4");

        Assert.That((await late.JsonAsync(409)).Str("message"), Is.EqualTo("Quote already accepted"));
    }

    [Test]
    public async Task Thirty_two_concurrent_accepts_with_one_key_make_one_order_and_one_freeze()
    {
        var quote = await Api.QuoteAsync(5000m);

        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Api.AcceptAsync(quote.Id(), "burst")));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.That(responses.Select(r => (int)r.StatusCode), Is.All.EqualTo(201));
        Assert.That(bodies.Distinct().Count(), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.Headers.Contains("Idempotent-Replayed")), Is.EqualTo(31));
        Assert.That((await Api.GetJsonAsync("orders")).GetProperty("total").GetInt32(), Is.EqualTo(1));
        Assert.That((await Api.GetJsonAsync("wallets/balance")).Dec("frozenBalance"), Is.EqualTo(quote.Dec("amountUsdt")));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task Thirty_two_concurrent_accepts_without_a_key_make_one_order()
    {
        var quote = await Api.QuoteAsync(5000m);

        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Api.AcceptAsync(quote.Id())));

        Assert.That(responses.Count(r => (int)r.StatusCode == 201), Is.EqualTo(1));
        Assert.That(responses.Count(r => (int)r.StatusCode == 409), Is.EqualTo(31));
        Assert.That((await Api.GetJsonAsync("wallets/balance")).Dec("frozenBalance"), Is.EqualTo(quote.Dec("amountUsdt")));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
