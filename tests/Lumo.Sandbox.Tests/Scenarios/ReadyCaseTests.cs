using Lumo.Sandbox.Testing;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Scenarios;

/// <summary>Each ready-made scenario in scenarios/ does what its description promises, over real HTTP.</summary>
public sealed class ReadyCaseTests
{
    private const string DemoKey = "lb2b_0123456789abcdef0123456789abcdef";

    public static IEnumerable<string> Exercised => ["payment-success.json", "payment-failure.json", "payment-timeout.json", "quote-expiry.json", "insufficient-balance.json", "flaky-network.json"];

    [Test]
    public void Every_ready_case_file_is_exercised_here()
    {
        var files = RepoScenarios.ScenarioFileNames().Where(f => f != "default.json");

        Assert.That(files, Is.EquivalentTo(Exercised), "default.json is exercised by the magic-amount tests; every other file needs a test here");
    }

    [Test]
    public async Task Payment_success_pays_every_order_3_s_after_accept()
    {
        await using var sandbox = await Start("payment-success.json");
        using var api = Api(sandbox);

        var order = await api.OrderAsync(1234m);
        await sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3));

        Assert.That((await api.GetJsonAsync($"orders/{order.Id()}")).Str("status"), Is.EqualTo("success"));
    }

    [Test]
    public async Task Payment_failure_rejects_every_order_3_s_after_accept_and_returns_the_usdt()
    {
        await using var sandbox = await Start("payment-failure.json");
        using var api = Api(sandbox);
        var before = (await api.GetJsonAsync("wallets/balance")).Dec("usdtBalance");

        var order = await api.OrderAsync(1234m);
        await sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3));

        var failed = await api.GetJsonAsync($"orders/{order.Id()}");
        Assert.That(failed.Str("status"), Is.EqualTo("failed"));
        Assert.That(failed.Str("failureReason"), Is.EqualTo("payment_rejected"));
        Assert.That((await api.GetJsonAsync("wallets/balance")).Dec("usdtBalance"), Is.EqualTo(before));
    }

    [Test]
    public async Task Payment_timeout_fails_at_payment_until_on_its_own_virtual_clock()
    {
        await using var sandbox = await LumoSandbox.StartAsync(o => o.WithScenario(RepoScenarios.PathOf("payment-timeout.json")));
        using var api = Api(sandbox);
        var clock = await sandbox.Clock.GetAsync();
        Assert.That(clock.Mode, Is.EqualTo(SandboxClockMode.Virtual));
        Assert.That(clock.Now, Is.EqualTo(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));

        var order = await api.OrderAsync(1234m);
        await sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(299));
        Assert.That((await api.GetJsonAsync($"orders/{order.Id()}")).Str("status"), Is.EqualTo("in_progress"));
        await sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.That((await api.GetJsonAsync($"orders/{order.Id()}")).Str("failureReason"), Is.EqualTo("payment_timeout"));
    }

    [Test]
    public async Task Quote_expiry_answers_409_after_30_s()
    {
        await using var sandbox = await Start("quote-expiry.json");
        using var api = Api(sandbox);
        var quote = await api.QuoteAsync(100m);

        await sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(31));
        using var response = await api.AcceptAsync(quote.Id());

        Assert.That((await response.JsonAsync(409)).Str("message"), Is.EqualTo("Quote expired"));
    }

    [Test]
    public async Task Insufficient_balance_refuses_a_quote_above_10_usdt()
    {
        await using var sandbox = await Start("insufficient-balance.json");
        using var api = Api(sandbox);

        var quote = await api.QuoteAsync(5000m);
        using var response = await api.AcceptAsync(quote.Id());

        Assert.That(quote.GetProperty("isBalanceSufficient").GetBoolean(), Is.False);
        Assert.That((await response.JsonAsync(400)).Str("message"), Is.EqualTo("Insufficient balance"));
    }

    [Test]
    public async Task Flaky_network_needs_retries_for_prepare_accept_and_reads()
    {
        await using var sandbox = await Start("flaky-network.json");
        using var api = Api(sandbox);

        using var limited = await api.PrepareAsync(Qr.ForAmount(100m));
        Assert.That((await limited.JsonAsync(429)).Str("error"), Is.EqualTo("Too Many Requests"));
        Assert.That(limited.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
        var quote = await api.QuoteAsync(100m);

        using var unavailable = await api.AcceptAsync(quote.Id(), "flaky-1");
        await unavailable.JsonAsync(503);
        using var accepted = await api.AcceptAsync(quote.Id(), "flaky-1");
        var order = await accepted.JsonAsync(201);

        await api.GetJsonAsync($"orders/{order.Id()}");
        using (var impatient = Api(sandbox))
        {
            impatient.Timeout = TimeSpan.FromMilliseconds(300);
            Assert.That(async () => await impatient.GetAsync(new Uri($"orders/{order.Id()}", UriKind.Relative)), Throws.InstanceOf<TaskCanceledException>());
        }

        Assert.That(async () => await api.GetAsync(new Uri($"orders/{order.Id()}", UriKind.Relative)), Throws.InstanceOf<HttpRequestException>());
        Assert.That((await api.GetJsonAsync($"orders/{order.Id()}")).Id(), Is.EqualTo(order.Id()));
    }

    private static Task<LumoSandbox> Start(string file) =>
        LumoSandbox.StartAsync(o => o.WithScenario(RepoScenarios.PathOf(file)).WithVirtualClock());

    private static HttpClient Api(LumoSandbox sandbox) => SandboxTestBase.ContractClient(sandbox, DemoKey);

}
