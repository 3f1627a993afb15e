using Lumo.Sandbox.Tests.Support;

namespace Lumo.Sandbox.Tests.Readiness;

/// <summary>Order outcomes count when the client read them, never when the sandbox merely reached them.</summary>
public sealed class OrderCaseTests : ReadinessTestBase
{
    [Test]
    public async Task Order_paid_is_observed_when_the_client_gets_the_paid_order()
    {
        var order = await OrderIdAsync("paid-1");
        await Sandbox.Orders.CompleteAsync(order);

        await Api.GetJsonAsync($"orders/{order}");

        var paid = await CaseAsync("order-paid");
        Assert.That(paid.Status, Is.EqualTo("observed"));
        Assert.That(paid.Evidence.Single().OperationId, Is.EqualTo("getOrder"));
        Assert.That(paid.Evidence.Single().Path, Is.EqualTo($"/orders/{order}"));
        Assert.That(paid.Evidence.Single().Status, Is.EqualTo(200));
    }

    [Test]
    public async Task Order_paid_is_observed_when_the_client_lists_the_paid_order()
    {
        var order = await OrderIdAsync("paid-2");
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(3)); // the default scenario pays 3 s after accept

        await Api.GetJsonAsync("orders?status=success");

        Assert.That((await CaseAsync("order-paid")).Evidence.Single().OperationId, Is.EqualTo("listOrders"));
    }

    [Test]
    public async Task Order_paid_stays_missing_when_the_order_was_paid_but_the_client_never_read_it()
    {
        var order = await OrderIdAsync("paid-unread");
        await Sandbox.Orders.CompleteAsync(order);

        Assert.That((await CaseAsync("order-paid")).Status, Is.EqualTo("missing"));
    }

    [Test]
    public async Task Order_paid_stays_missing_when_the_client_read_the_order_before_it_was_paid()
    {
        var order = await OrderIdAsync("paid-early");
        await Api.GetJsonAsync($"orders/{order}");
        await Sandbox.Orders.CompleteAsync(order);

        Assert.That((await CaseAsync("order-paid")).Status, Is.EqualTo("missing"));
    }

    [Test]
    public async Task Payment_rejected_is_observed_from_a_read_order_failed_with_payment_rejected_and_timeout_stays_missing()
    {
        var order = await OrderIdAsync("rejected-1");
        await Sandbox.Orders.FailAsync(order, "payment_rejected");

        await Api.GetJsonAsync($"orders/{order}");

        var report = await ReportAsync();
        Assert.That(report.Case("payment-rejected").IsObserved, Is.True);
        Assert.That(report.Case("payment-timeout").IsObserved, Is.False);
        Assert.That(report.Case("order-paid").IsObserved, Is.False);
    }

    [Test]
    public async Task Payment_timeout_is_observed_when_the_payment_window_passed_and_the_client_read_the_order()
    {
        var order = await OrderIdAsync("timeout-1", 4002.00m); // the default scenario never pays 4002.00
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(300)); // the payment window

        var read = await Api.GetJsonAsync($"orders/{order}");

        Assert.That(read.Str("failureReason"), Is.EqualTo("payment_timeout"));
        var report = await ReportAsync();
        Assert.That(report.Case("payment-timeout").IsObserved, Is.True);
        Assert.That(report.Case("payment-rejected").IsObserved, Is.False);
    }

    [Test]
    public async Task Payment_timeout_stays_missing_when_the_client_read_the_order_just_before_the_window_ended()
    {
        var order = await OrderIdAsync("timeout-2", 4002.00m);
        await Sandbox.Clock.AdvanceAsync(TimeSpan.FromSeconds(299));

        var read = await Api.GetJsonAsync($"orders/{order}");

        Assert.That(read.Str("status"), Is.Not.EqualTo("failed"));
        Assert.That((await CaseAsync("payment-timeout")).IsObserved, Is.False);
    }

    [Test]
    public async Task Orders_paged_is_observed_with_an_offset_past_the_first_page()
    {
        await OrderIdAsync("page-1");
        await OrderIdAsync("page-2");

        await Api.GetJsonAsync("orders?limit=1&offset=1");

        Assert.That((await CaseAsync("orders-paged")).IsObserved, Is.True);
    }

    [Test]
    public async Task Orders_paged_stays_missing_when_only_the_first_page_was_read()
    {
        await OrderIdAsync("page-3");
        await OrderIdAsync("page-4");

        await Api.GetJsonAsync("orders?limit=1&offset=0");
        await Api.GetJsonAsync("orders?limit=1");

        Assert.That((await CaseAsync("orders-paged")).IsObserved, Is.False);
    }
}
