using System.Text.Json;
using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>
/// After the concurrency run has settled: reads one company's state through the API and checks it against the
/// history its clients recorded. Answers the problems found (none when the invariants hold).
/// </summary>
internal static class CompanyAudit
{
    public static async Task<List<string>> CheckAsync(InvariantCompany history, HttpClient api, HttpClient control)
    {
        var problems = new List<string>();
        var name = history.Company.Name;
        var summary = await control.SandboxCompanyAsync(history.Company.Id);
        var (available, frozen) = (summary.Dec("usdtBalance"), summary.Dec("frozenBalance"));
        var orders = await AllAsync(api, "orders", "orders");
        var disputes = await AllAsync(api, "disputes", "disputes");
        var deposits = await AllAsync(api, "wallets/deposits", "deposits");

        var ids = orders.Select(o => o.Id()).ToList();
        Expect(ids.Count == ids.Distinct().Count(), "an order is listed twice");
        Expect(ids.ToHashSet().SetEquals(history.Accepted.Keys), $"orders {ids.Count} are not the {history.Accepted.Count} quotes whose accept answered 201");

        var spent = 0m;
        var outcomes = new Dictionary<Guid, string>();
        foreach (var order in orders)
        {
            var id = order.Id();
            var status = order.Str("status");
            Expect(!(history.Completed.ContainsKey(id) && history.Failed.ContainsKey(id)), $"order {id} was both completed and failed");
            var (outcome, reason) = history.Completed.ContainsKey(id) ? ("success", "")
                : history.Failed.ContainsKey(id) ? ("failed", "hardening_fail")
                : InvariantScenario.TimelineOutcome(order.Dec("amountRub"));
            outcomes[id] = outcome;
            if (outcome == "success")
            {
                spent += order.Dec("amountUsdt");
            }

            // Worked out here, not read back: the RUB the client asked for, at the scenario's fixed rate (no
            // commission), rounded half away from zero to the cent.
            var quote = history.Quotes[id];
            var expectedUsdt = Math.Round(quote.AmountRub / InvariantScenario.UsdtRub, 2, MidpointRounding.AwayFromZero);
            Expect(quote.Rate == InvariantScenario.UsdtRub, $"order {id} was quoted at {quote.Rate}, not {InvariantScenario.UsdtRub}");
            Expect(order.Dec("amountRub") == quote.AmountRub, $"order {id} is for {order.Dec("amountRub")} RUB, the client asked for {quote.AmountRub}");
            Expect(order.Dec("amountUsdt") == expectedUsdt, $"order {id} is {order.Dec("amountUsdt")} USDT, {quote.AmountRub} RUB at {InvariantScenario.UsdtRub} is {expectedUsdt}");
            Expect(order.Dec("amountUsdt") == quote.AmountUsdt, $"order {id} has another amount than its quote");
            if (history.DisputedOrders.ContainsKey(id))
            {
                Expect(status == "disputed", $"order {id} was disputed but is {status}");
                continue;
            }

            Expect(status == outcome, $"order {id} is {status}, its history says {outcome}");
            if (outcome == "failed")
            {
                Expect(order.GetProperty("failureReason").GetString() == reason, $"order {id} failed for {order.GetProperty("failureReason")}, expected {reason}");
            }
        }

        var refunds = 0m;
        Expect(disputes.Select(d => d.GetProperty("orderId").GetGuid()).ToHashSet().SetEquals(history.DisputedOrders.Keys), "the disputes are not the ones opened");
        foreach (var dispute in disputes)
        {
            var id = dispute.Id();
            var status = dispute.Str("status");
            var resolution = dispute.GetProperty("resolution").GetString();
            if (history.Decisions.TryGetValue(id, out var decision))
            {
                Expect(decision.Status == status && decision.Resolution == resolution, $"dispute {id} is {status}/{resolution}, the control API answered {decision.Status}/{decision.Resolution}");
            }

            if (status == "resolved" && outcomes[dispute.GetProperty("orderId").GetGuid()] == "success")
            {
                var order = orders.Single(o => o.Id() == dispute.GetProperty("orderId").GetGuid());
                refunds += resolution switch
                {
                    "refund" => order.Dec("amountUsdt"),
                    "partial_refund" => dispute.Dec("refundAmount"),
                    _ => 0m,
                };
            }
        }

        Expect(deposits.Count == history.DepositsCreated, $"{deposits.Count} deposits listed, {history.DepositsCreated} created");
        Expect(deposits.All(d => d.Str("status") != "pending"), "a deposit is still pending after settling");
        var confirmed = deposits.Where(d => d.Str("status") == "confirmed").Sum(d => d.Dec("amountUsdt"));
        var open = orders.Where(o => o.Str("status") is "created" or "in_progress").Sum(o => o.Dec("amountUsdt"));

        Expect(available >= 0m && frozen >= 0m, $"a negative balance: available {available}, frozen {frozen}");
        Expect(frozen == open, $"frozen {frozen} is not the open orders' {open}");
        Expect(open == 0m, $"orders still open after settling: {open} USDT");
        var expected = history.InitialUsdt + confirmed + refunds - spent;
        Expect(available + frozen == expected, $"available {available} + frozen {frozen} != initial {history.InitialUsdt} + deposits {confirmed} + refunds {refunds} - spent {spent} = {expected}");
        return problems;

        void Expect(bool condition, string problem)
        {
            if (!condition)
            {
                problems.Add($"{name}: {problem}");
            }
        }
    }

    /// <summary>Every item of a paged list, read 100 at a time.</summary>
    private static async Task<List<JsonElement>> AllAsync(HttpClient api, string path, string property)
    {
        var items = new List<JsonElement>();
        while (true)
        {
            var page = await api.GetJsonAsync($"{path}?limit=100&offset={items.Count}");
            var batch = page.GetProperty(property).EnumerateArray().ToList();
            items.AddRange(batch);
            if (batch.Count == 0 || items.Count >= page.Total())
            {
                Assert.That(items, Has.Count.EqualTo(page.Total()), $"{path}: the pages add up to total");
                return items;
            }
        }
    }
}
