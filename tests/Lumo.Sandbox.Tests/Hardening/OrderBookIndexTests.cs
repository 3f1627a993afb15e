using Lumo.Sandbox.Engine.Orders;
using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>
/// The order book's per-status indexes (Fenwick trees over creation order) against the plainest possible model:
/// a list filtered and reversed. Seeded random adds and status changes, then every kind of page compared.
/// </summary>
public sealed class OrderBookIndexTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UnixEpoch;

    [TestCase(1)]
    [TestCase(17)]
    [TestCase(1_000)]
    [TestCase(5_000)]
    public void Pages_and_totals_match_a_filtered_list_after_random_changes(int orders)
    {
        var random = new Random(orders);
        var book = new NewestFirstBook<Order, OrderStatus>();
        var all = new List<Order>();
        for (var i = 0; i < orders; i++)
        {
            var order = NewOrder(i);
            book.Add(order);
            all.Add(order);
            // Orders move on while others are added, as they do under load.
            for (var moves = random.Next(3); moves > 0; moves--)
            {
                Move(book, all[random.Next(all.Count)], random);
            }
        }

        foreach (var status in Enum.GetValues<OrderStatus>().Cast<OrderStatus?>().Append(null))
        {
            var expected = all.Where(o => status is null || o.Status == status).Reverse().ToList();
            Assert.That(book.CountWith(status), Is.EqualTo(expected.Count), $"total of {status}");
            foreach (var (offset, limit) in Pages(expected.Count, random))
            {
                var page = book.Page(status, offset, limit, static o => o.View).Select(v => v.Id);
                Assert.That(page, Is.EqualTo(expected.Skip(offset).Take(limit).Select(o => o.Id)), $"{status} offset {offset} limit {limit}");
            }
        }
    }

    [Test]
    public void A_page_reads_the_orders_current_state()
    {
        var book = new NewestFirstBook<Order, OrderStatus>();
        var order = NewOrder(0);
        book.Add(order);
        var before = book.Page(OrderStatus.Created, 0, 1, static o => o.View).Single();

        var previous = order.Fire(OrderTrigger.Start, Now);
        book.StatusChanged(order, previous);

        Assert.That(before.Status, Is.EqualTo("created"));
        Assert.That(book.Page(OrderStatus.Created, 0, 1, static o => o.View), Is.Empty);
        Assert.That(book.Page(OrderStatus.InProgress, 0, 1, static o => o.View).Single().Status, Is.EqualTo("in_progress"));
        Assert.That(book.Page(null, 0, 1, static o => o.View).Single().Status, Is.EqualTo("in_progress"));
    }

    [Test]
    public void An_unchanged_order_is_shown_by_one_shared_view_and_a_change_makes_a_new_one()
    {
        var order = NewOrder(0);
        var first = OrderView.Of(order);

        Assert.That(OrderView.Of(order), Is.SameAs(first));

        order.Fire(OrderTrigger.Start, Now);
        order.Fire(OrderTrigger.Fail, Now, "payment_rejected");
        var after = OrderView.Of(order);

        Assert.That(after, Is.Not.SameAs(first));
        Assert.That(after.Status, Is.EqualTo("failed"));
        Assert.That(after.FailureReason, Is.EqualTo("payment_rejected"));
        Assert.That(first.Status, Is.EqualTo("created"));
    }

    [Test]
    public void Offsets_past_the_end_and_huge_ones_give_empty_pages()
    {
        var book = new NewestFirstBook<Order, OrderStatus>();
        for (var i = 0; i < 3; i++)
        {
            book.Add(NewOrder(i));
        }

        Assert.That(book.Page(OrderStatus.Created, 3, 20, static o => o.View), Is.Empty);
        Assert.That(book.Page(OrderStatus.Created, int.MaxValue, 100, static o => o.View), Is.Empty);
        Assert.That(book.Page(null, int.MaxValue, 100, static o => o.View), Is.Empty);
        Assert.That(book.Page(OrderStatus.Created, 2, 20, static o => o.View), Has.Length.EqualTo(1));
    }

    private static IEnumerable<(int Offset, int Limit)> Pages(int count, Random random)
    {
        yield return (0, 20);
        yield return (0, 1);
        yield return (Math.Max(0, count - 1), 100);
        yield return (count, 20);
        for (var i = 0; i < 20; i++)
        {
            yield return (random.Next(count + 2), 1 + random.Next(100));
        }
    }

    private static void Move(NewestFirstBook<Order, OrderStatus> book, Order order, Random random)
    {
        OrderTrigger[] triggers = [OrderTrigger.Start, OrderTrigger.Complete, OrderTrigger.Fail, OrderTrigger.Timeout, OrderTrigger.Dispute];
        var trigger = triggers[random.Next(triggers.Length)];
        if (Lumo.Sandbox.Engine.StateMachines.Lifecycles.Order.CanFire(order.Status, trigger))
        {
            var previous = order.Fire(trigger, Now, trigger is OrderTrigger.Fail or OrderTrigger.Timeout ? "payment_rejected" : null);
            book.StatusChanged(order, previous);
        }
    }

    private static Order NewOrder(int sequence) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = Guid.Empty,
        Sequence = sequence,
        AmountRub = 100m,
        AmountUsdt = 1.05m,
        MerchantName = "Merchant",
        ExternalOrderId = $"order-{sequence}",
        CreatedAt = Now,
        PaymentUntil = Now.AddMinutes(5),
    };
}
