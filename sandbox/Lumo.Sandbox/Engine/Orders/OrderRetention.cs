using Lumo.Sandbox.Engine.Companies;

namespace Lumo.Sandbox.Engine.Orders;

/// <summary>
/// Applies the <see cref="RetentionPolicy"/> to a company's orders. Finished orders wait in the company's
/// <see cref="CompanyState.FinishedOrders"/> queue, by the time they may be forgotten, so a sweep looks only at
/// those due; an order read or changed since it was queued goes back in with its new time. The count rule keeps a
/// company's newest finished orders (open ones never count). Sweeps run when the company adds or lists orders,
/// under its lock.
/// </summary>
internal sealed class OrderRetention(SandboxEngine engine)
{
    private static readonly OrderStatus[] FinishedStatuses = [OrderStatus.Success, OrderStatus.Failed, OrderStatus.Disputed];

    private RetentionPolicy Policy => engine.Timing.Retention;

    /// <summary>The order has finished (or its dispute has closed): from now on it ages.</summary>
    public void FinishedNeedsLock(CompanyState company, Order order)
    {
        if (Policy.ForgetsByAge)
        {
            company.FinishedOrders.Enqueue(order, DueTicks(order.LastTouchedAt));
        }
    }

    public void SweepNeedsLock(CompanyState company)
    {
        var now = engine.Now;
        var queue = company.FinishedOrders;
        while (queue.TryPeek(out var order, out var due) && due <= now.UtcTicks)
        {
            queue.Dequeue();
            if (!company.Orders.Contains(order.Id))
            {
                continue; // already forgotten by the count rule
            }

            if (!CanForget(company, order))
            {
                continue; // its dispute is open: queued again when the dispute closes
            }

            var touchedDue = DueTicks(order.LastTouchedAt);
            if (touchedDue > now.UtcTicks)
            {
                queue.Enqueue(order, touchedDue);
            }
            else
            {
                Forget(company, order);
            }
        }

        var excess = FinishedStatuses.Sum(status => company.Orders.CountWith(status)) - Policy.MaxOrdersPerCompany;
        if (excess > 0)
        {
            foreach (var oldest in company.Orders.OldestWith(FinishedStatuses, excess))
            {
                if (CanForget(company, oldest))
                {
                    Forget(company, oldest);
                }
            }
        }
    }

    private static bool CanForget(CompanyState company, Order order) => !order.IsOpen && company.Disputes.OpenFor(order.Id) is null;

    private void Forget(CompanyState company, Order order)
    {
        company.Orders.Forget(order);
        engine.OrderOwners.Remove(order.Id);
        foreach (var dispute in company.Disputes.ForgetOrder(order.Id))
        {
            engine.DisputeOwners.Remove(dispute.Id);
        }
    }

    private long DueTicks(DateTimeOffset touched) =>
        Policy.MaxAge >= DateTimeOffset.MaxValue - touched ? long.MaxValue : (touched + Policy.MaxAge).UtcTicks;
}
