using Lumo.Sandbox.Engine.Companies;
using Lumo.Sandbox.Engine.Rates;
using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Engine.Orders;

/// <summary>
/// Bulk history for load tests and large lists (<c>POST /_sandbox/orders/seed</c>): finished orders appended
/// to a company as if each had been prepared, accepted and then paid or rejected at the current sandbox time.
/// Money moves as it would (freeze, then spend or release) through the order's transition table, so the
/// ledger invariant holds; no events are published and nothing is scheduled, since the orders are history.
/// </summary>
internal sealed class OrderSeeder(SandboxEngine engine)
{
    private const int LargeSeed = 100_000;

    // One QR id for every seeded order: one merchant name, shared, and no per-order link to keep.
    private const string SeedQrId = "AD10000000000000000000000000SEED";

    /// <summary>Adds <paramref name="count"/> orders taking <paramref name="statuses"/> in turn; answers the company's new total.</summary>
    public int Seed(Guid companyId, int count, IReadOnlyList<OrderStatus> statuses, decimal amountRub)
    {
        if (statuses.Count == 0 || statuses.Any(s => s is not (OrderStatus.Success or OrderStatus.Failed)))
        {
            throw EngineException.BadRequest("statuses may only name success and failed");
        }

        var company = engine.Companies.FindById(companyId) ?? throw EngineException.NotFound("Company not found");
        int total;
        lock (company.Lock)
        {
            var now = engine.Now;
            var rate = RateBoard.Effective(engine.Rates.BaseRate(now), company.QrRateOffsetBps);
            var amountUsdt = Money.Round(amountRub / rate);
            // All or nothing, checked first: every success spends its amount, and a failed order still needs its
            // amount free to freeze before it is released.
            var successes = SuccessCount(count, statuses);
            var needed = successes + (successes < count ? 1 : 0);
            if (amountUsdt * needed > company.Ledger.Available)
            {
                throw EngineException.BadRequest("Insufficient balance");
            }

            var merchant = engine.MerchantNames.For(SeedQrId);
            for (var i = 0; i < count; i++)
            {
                var order = new Order
                {
                    Id = company.Random.NextGuid(),
                    CompanyId = company.Id,
                    Sequence = engine.NextSequence(),
                    AmountRub = amountRub,
                    AmountUsdt = amountUsdt,
                    MerchantName = merchant,
                    ExternalOrderId = "seed-" + company.Orders.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    CreatedAt = now,
                    PaymentUntil = now + engine.Timing.PaymentWindow,
                };
                company.Ledger.Freeze(amountUsdt);
                Finish(company, order, statuses[i % statuses.Count], now);
                company.Orders.Add(order); // indexed under its final status
                engine.OrderOwners.Set(order.Id, company);
                engine.Retention.FinishedNeedsLock(company, order);
            }

            engine.Retention.SweepNeedsLock(company);

            total = company.Orders.Count;
        }

        // A bulk load leaves a large young generation behind; settling it into the oldest one now, in the call that
        // made it, keeps the promotion pauses out of the requests that follow (a list's p99 stays under 5 ms).
        if (count >= LargeSeed)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        return total;
    }

    private static void Finish(CompanyState company, Order order, OrderStatus outcome, DateTimeOffset now)
    {
        order.Fire(OrderTrigger.Start, now);
        if (outcome == OrderStatus.Success)
        {
            order.Fire(OrderTrigger.Complete, now);
            company.Ledger.Spend(order.AmountUsdt);
        }
        else
        {
            order.Fire(OrderTrigger.Fail, now, OrderService.PaymentRejected);
            company.Ledger.Release(order.AmountUsdt);
        }
    }

    private static long SuccessCount(int count, IReadOnlyList<OrderStatus> statuses)
    {
        long successes = 0;
        for (var i = 0; i < statuses.Count; i++)
        {
            if (statuses[i] == OrderStatus.Success)
            {
                successes += (count / statuses.Count) + (i < count % statuses.Count ? 1 : 0);
            }
        }

        return successes;
    }
}
