using System.Net.Http.Json;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>POST /_sandbox/orders/seed: bulk history that lists, totals and balances treat as real orders.</summary>
public sealed class OrderSeedingTests : SandboxTestBase
{
    [Test]
    public async Task Seeded_orders_take_the_statuses_in_turn_and_move_the_money_as_real_ones_would()
    {
        var seeded = await SeedAsync(new { companyId = Company.Id, count = 7, statuses = new[] { "success", "success", "failed" }, amountRub = 95.00 }, 201);

        Assert.That(seeded.GetProperty("created").GetInt32(), Is.EqualTo(7));
        Assert.That(seeded.GetProperty("total").GetInt32(), Is.EqualTo(7));
        var success = await Api.GetJsonAsync("orders?status=success&limit=100");
        var failed = await Api.GetJsonAsync("orders?status=failed&limit=100");
        Assert.That(success.GetProperty("total").GetInt32(), Is.EqualTo(5)); // positions 0, 1, 3, 4, 6
        Assert.That(failed.GetProperty("total").GetInt32(), Is.EqualTo(2));
        Assert.That(failed.GetProperty("orders")[0].Str("failureReason"), Is.EqualTo("payment_rejected"));
        Assert.That(success.GetProperty("orders")[0].GetProperty("completedAt").ValueKind, Is.Not.EqualTo(System.Text.Json.JsonValueKind.Null));

        var all = await Api.GetJsonAsync("orders?limit=100");
        var externalIds = all.GetProperty("orders").EnumerateArray().Select(o => o.Str("externalOrderId")).ToList();
        Assert.That(externalIds, Is.EqualTo(Enumerable.Range(0, 7).Reverse().Select(i => $"seed-{i}")), "newest first");

        // 95.00 RUB at 95.00 is 1.00 USDT: five successes spent, the failed ones returned.
        var balance = await Api.GetJsonAsync("wallets/balance");
        Assert.That(balance.Dec("usdtBalance"), Is.EqualTo(InitialUsdt - 5m));
        Assert.That(balance.Dec("frozenBalance"), Is.Zero);
    }

    [Test]
    public async Task A_seed_the_balance_cannot_cover_is_refused_whole()
    {
        var error = await SeedAsync(new { companyId = Company.Id, count = 11, amountRub = 9500.00 }, 400); // 11 × 100 USDT > 1000

        Assert.That(error.Str("message"), Is.EqualTo("Insufficient balance"));
        Assert.That((await Api.GetJsonAsync("orders")).GetProperty("total").GetInt32(), Is.Zero);
        Assert.That((await Api.GetJsonAsync("wallets/balance")).Dec("usdtBalance"), Is.EqualTo(InitialUsdt));
    }

    [Test]
    public async Task Failed_orders_still_need_one_order_s_amount_free_to_freeze()
    {
        // Ten successes spend all 1000 USDT; the failed one after them would have nothing to freeze.
        await SeedAsync(new { companyId = Company.Id, count = 11, statuses = new[] { "success", "success", "success", "success", "success", "success", "success", "success", "success", "success", "failed" }, amountRub = 9500.00 }, 400);
        await SeedAsync(new { companyId = Company.Id, count = 10, amountRub = 9500.00 }, 201);

        Assert.That((await Api.GetJsonAsync("wallets/balance")).Dec("usdtBalance"), Is.Zero);
    }

    [Test]
    public async Task An_unknown_company_is_404_and_only_finished_statuses_are_allowed()
    {
        await SeedAsync(new { companyId = Guid.NewGuid(), count = 1 }, 404);
        var error = await SeedAsync(new { companyId = Company.Id, count = 1, statuses = new[] { "in_progress" } }, 400);
        await SeedAsync(new { companyId = Company.Id, count = 0 }, 400);
        await SeedAsync(new { companyId = Company.Id, count = 1_000_001 }, 400);

        Assert.That(error.GetProperty("message")[0].GetString(), Does.StartWith("statuses[0] must be one of"));
        Assert.That((await Api.GetJsonAsync("orders")).GetProperty("total").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task Answers_carry_their_length_instead_of_chunks()
    {
        await SeedAsync(new { companyId = Company.Id, count = 3 }, 201);

        foreach (var path in new[] { "orders?limit=2", "wallets/balance", "rates/current" })
        {
            using var response = await Api.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.That(response.Content.Headers.ContentLength, Is.EqualTo(body.Length), path);
            Assert.That(response.Headers.TransferEncodingChunked, Is.Not.True, path);
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json; charset=utf-8"), path);
        }
    }

    private async Task<System.Text.Json.JsonElement> SeedAsync(object body, int status)
    {
        using var response = await Client().PostAsJsonAsync("_sandbox/orders/seed", body);
        return await response.JsonAsync(status);
    }
}
