using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Readiness;

/// <summary>Quotes, accepts and retries: the cases an accept's answers (and their absence) show.</summary>
public sealed class AcceptCaseTests : ReadinessTestBase
{
    [Test]
    public async Task Quote_expired_is_observed_after_the_409_and_a_new_quote_for_the_same_order()
    {
        await AcceptExpiredQuoteAsync("expiring-1");

        await QuoteIdAsync("expiring-1");

        var observed = await CaseAsync("quote-expired");
        Assert.That(observed.IsObserved, Is.True);
        Assert.That(observed.Evidence.Select(e => (e.OperationId, e.Status)), Is.EqualTo(new[] { ("acceptOrder", 409), ("prepareOrder", 201) }));
    }

    [Test]
    public async Task Quote_expired_stays_missing_after_the_409_without_a_new_quote()
    {
        await AcceptExpiredQuoteAsync("expiring-2");

        Assert.That((await CaseAsync("quote-expired")).IsObserved, Is.False);
    }

    [Test]
    public async Task Quote_expired_stays_missing_when_the_new_quote_is_for_another_order()
    {
        await AcceptExpiredQuoteAsync("expiring-3");

        await QuoteIdAsync("another-order");

        Assert.That((await CaseAsync("quote-expired")).IsObserved, Is.False);
    }

    [Test]
    public async Task Quote_expired_stays_missing_when_the_quote_was_accepted_just_before_it_expired_and_prepared_again()
    {
        var quote = await QuoteIdAsync("expiring-4");
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(29));
        using var accepted = await Api.AcceptAsync(quote, "k-expiring-4");
        await accepted.JsonAsync(201);

        await QuoteIdAsync("expiring-4");

        Assert.That((await CaseAsync("quote-expired")).IsObserved, Is.False);
    }

    [Test]
    public async Task Insufficient_balance_is_observed_from_the_accept_answer()
    {
        var quote = await QuoteIdAsync("too-dear", 200_000m); // about 2105 USDT; the company has 1000
        using var refused = await Api.AcceptAsync(quote, "k-too-dear");
        Assert.That((await refused.JsonAsync(400)).Str("message"), Is.EqualTo("Insufficient balance"));

        var observed = await CaseAsync("insufficient-balance");
        Assert.That(observed.Evidence.Single().Status, Is.EqualTo(400));
    }

    [Test]
    public async Task Insufficient_balance_stays_missing_when_the_balance_covers_the_quote_and_a_quote_says_it_would_not()
    {
        // isBalanceSufficient: false on a quote is information, not the refusal: the case needs the accept's answer.
        var dear = await Api.QuoteAsync(200_000m, "too-dear-2");
        Assert.That(dear.GetProperty("isBalanceSufficient").GetBoolean(), Is.False);
        await OrderIdAsync("affordable");

        Assert.That((await CaseAsync("insufficient-balance")).IsObserved, Is.False);
    }

    [Test]
    public async Task Accept_retried_idempotently_is_observed_after_a_5xx_and_a_replayed_retry()
    {
        var quote = await AcceptAnsweredWith503Async("lost-1");

        using var retried = await Api.AcceptAsync(quote, "k-lost-1");
        await retried.JsonAsync(201);
        Assert.That(retried.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));

        var observed = await CaseAsync("accept-retried-idempotently");
        Assert.That(observed.Evidence.Select(e => e.Status), Is.EqualTo(new[] { 503, 201 }));
    }

    [Test]
    public async Task Accept_retried_idempotently_is_observed_after_an_answer_the_client_never_got()
    {
        var quote = await QuoteIdAsync("dropped-1");
        Assert.That(async () => { using var _ = await Api.AcceptAsync(quote, "k-dropped-1"); }, Throws.InstanceOf<HttpRequestException>());

        using var retried = await Api.AcceptAsync(quote, "k-dropped-1");
        await retried.JsonAsync(201);

        var observed = await CaseAsync("accept-retried-idempotently");
        Assert.That(observed.Evidence.Select(e => e.Status), Is.EqualTo(new[] { 499, 201 }));
    }

    [Test]
    public async Task Accept_retried_idempotently_stays_missing_when_the_retry_used_another_key()
    {
        var quote = await AcceptAnsweredWith503Async("lost-2");

        using var retried = await Api.AcceptAsync(quote, "k-lost-2-again");
        await retried.JsonAsync(409); // the order exists: "Quote already accepted"

        Assert.That((await CaseAsync("accept-retried-idempotently")).IsObserved, Is.False);
    }

    [Test]
    public async Task Accept_retried_idempotently_stays_missing_when_a_replay_followed_a_read_answer()
    {
        // Repeating an accept whose 201 the client had is a replay, but not a retry after a lost answer.
        var quote = await QuoteIdAsync("twice-1");
        using (var first = await Api.AcceptAsync(quote, "k-twice-1"))
        {
            await first.JsonAsync(201);
        }

        using var again = await Api.AcceptAsync(quote, "k-twice-1");
        await again.JsonAsync(201);

        Assert.That((await CaseAsync("accept-retried-idempotently")).IsObserved, Is.False);
    }

    [Test]
    public async Task Service_unavailable_retried_is_observed_when_the_same_operation_succeeds_after_a_503()
    {
        using (var busy = await Api.PrepareAsync(Qr.ForAmount(100m), "busy-1"))
        {
            await busy.JsonAsync(503);
        }

        await QuoteIdAsync("busy-1");

        var observed = await CaseAsync("service-unavailable-retried");
        Assert.That(observed.Evidence.Select(e => (e.OperationId, e.Status)), Is.EqualTo(new[] { ("prepareOrder", 503), ("prepareOrder", 201) }));
    }

    [Test]
    public async Task Service_unavailable_retried_stays_missing_when_only_another_operation_succeeds_after_the_503()
    {
        using (var busy = await Api.PrepareAsync(Qr.ForAmount(100m), "busy-2"))
        {
            await busy.JsonAsync(503);
        }

        await Api.GetJsonAsync("orders");

        Assert.That((await CaseAsync("service-unavailable-retried")).IsObserved, Is.False);
    }

    // Prepares a quote, lets its TTL pass and accepts it: 409 Quote expired.
    private async Task AcceptExpiredQuoteAsync(string externalOrderId)
    {
        var quote = await QuoteIdAsync(externalOrderId);
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(30)); // the quote TTL
        using var expired = await Api.AcceptAsync(quote, "k-" + externalOrderId);
        Assert.That((await expired.JsonAsync(409)).Str("message"), Is.EqualTo("Quote expired"));
    }

    // A lost-* accept is handled (the order exists) but answered 503: the client never sees its order.
    private async Task<Guid> AcceptAnsweredWith503Async(string externalOrderId)
    {
        var quote = await QuoteIdAsync(externalOrderId);
        using var lost = await Api.AcceptAsync(quote, "k-" + externalOrderId);
        await lost.JsonAsync(503);
        return quote;
    }
}
