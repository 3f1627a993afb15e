using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Readiness;

/// <summary>Warnings, at their limits on both sides; time is sandbox time (the virtual clock stands still unless advanced).</summary>
public sealed class WarningTests : ReadinessTestBase
{
    [Test]
    public async Task An_accept_without_an_idempotency_key_warns_and_one_with_a_key_does_not()
    {
        await OrderIdAsync("with-key");
        Assert.That((await ReportAsync()).HasWarning("accept-without-idempotency-key"), Is.False);

        var quote = await QuoteIdAsync("without-key");
        using var accepted = await Api.AcceptAsync(quote);
        await accepted.JsonAsync(201);

        var warning = (await ReportAsync()).Warnings.Single(w => w.Id == "accept-without-idempotency-key");
        Assert.That(warning.Evidence.Single().Path, Is.EqualTo($"/orders/accept/{quote}"));
    }

    [Test]
    public async Task Eleven_identical_failures_within_a_second_are_a_retry_storm()
    {
        await FailAsync(11);

        var warning = (await ReportAsync()).Warnings.Single(w => w.Id == "retry-storm");
        Assert.That(warning.Evidence.Select(e => e.Status), Is.EqualTo(new[] { 404, 404 }), "the first and the last of the burst");
    }

    [Test]
    public async Task Ten_identical_failures_are_not_a_retry_storm()
    {
        await FailAsync(10);

        Assert.That((await ReportAsync()).HasWarning("retry-storm"), Is.False);
    }

    [Test]
    public async Task Eleven_identical_failures_spread_over_one_second_are_not_a_retry_storm()
    {
        await FailAsync(10);
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(1));
        await FailAsync(1);

        Assert.That((await ReportAsync()).HasWarning("retry-storm"), Is.False);
    }

    [Test]
    public async Task Eleven_different_failures_are_not_a_retry_storm()
    {
        for (var i = 0; i < 11; i++)
        {
            await Api.GetJsonAsync($"orders/{Guid.NewGuid()}", 404);
        }

        Assert.That((await ReportAsync()).HasWarning("retry-storm"), Is.False);
    }

    [Test]
    public async Task Six_reads_of_one_order_within_a_second_are_polling_too_fast()
    {
        var order = await OrderIdAsync("polled-1");

        await ReadAsync(order, 6);

        var warning = (await ReportAsync()).Warnings.Single(w => w.Id == "polling-too-fast");
        Assert.That(warning.Evidence.All(e => e.Path == $"/orders/{order}"), Is.True);
    }

    [Test]
    public async Task Five_reads_of_one_order_are_not_polling_too_fast()
    {
        var order = await OrderIdAsync("polled-2");

        await ReadAsync(order, 5);

        Assert.That((await ReportAsync()).HasWarning("polling-too-fast"), Is.False);
    }

    [Test]
    public async Task Six_reads_over_one_second_or_of_two_orders_are_not_polling_too_fast()
    {
        var order = await OrderIdAsync("polled-3");
        var other = await OrderIdAsync("polled-4");

        await ReadAsync(order, 5);
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(1));
        await ReadAsync(order, 1);
        await ReadAsync(other, 3);

        Assert.That((await ReportAsync()).HasWarning("polling-too-fast"), Is.False);
    }

    private async Task FailAsync(int times)
    {
        for (var i = 0; i < times; i++)
        {
            await Api.GetJsonAsync("orders/7c9e6679-7425-40de-944b-e07fc1f90ae7", 404);
        }
    }

    private async Task ReadAsync(Guid order, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await Api.GetJsonAsync($"orders/{order}");
        }
    }
}
