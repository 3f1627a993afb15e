using Lumo.Sandbox.Engine.Companies;
using Lumo.Sandbox.Engine.Events;
using Lumo.Sandbox.Engine.Rates;
using Lumo.Sandbox.Engine.Support;
using Lumo.Sandbox.Scenarios;
using Lumo.Sandbox.Scenarios.Rules;

namespace Lumo.Sandbox.Engine.Orders;

/// <summary>
/// Quotes and orders: prepare, accept (with Idempotency-Key), the scripted payment timeline, the payment
/// timeout, and the control API's complete/fail. Every change happens under the owning company's lock.
/// </summary>
internal sealed class OrderService
{
    public const string PaymentTimeout = "payment_timeout";
    public const string PaymentRejected = "payment_rejected";
    public const string StatusChangedEvent = "order.status_changed";

    /// <summary>The step index of the payment timeout, which follows the scripted steps.</summary>
    private const int TimeoutStep = -1;

    private readonly SandboxEngine _engine;
    private readonly Action<object, int> _runStep;

    public OrderService(SandboxEngine engine)
    {
        _engine = engine;
        _runStep = RunStep;
    }

    public QuoteView Prepare(CompanyState company, NspkQrCode qr, string externalOrderId)
    {
        lock (company.Lock)
        {
            var now = _engine.Now;
            var rate = RateBoard.Effective(_engine.Rates.BaseRate(now), company.QrRateOffsetBps);
            var amountUsdt = Money.Round(qr.AmountRub / rate);
            var quote = new Quote
            {
                Id = company.Random.NextGuid(),
                Qr = qr,
                ExternalOrderId = externalOrderId,
                AmountRub = qr.AmountRub,
                AmountUsdt = amountUsdt,
                Rate = rate,
                MerchantName = _engine.MerchantNames.For(qr.Id),
                CreatedAt = now,
                ExpiresAt = now + _engine.Timing.QuoteTtl,
            };
            company.Quotes.Add(quote, now);
            return new QuoteView(quote.Id, quote.AmountRub, amountUsdt, rate, quote.ExpiresAt, company.Ledger.Available >= amountUsdt, quote.MerchantName)
            {
                ExternalOrderId = externalOrderId,
            };
        }
    }

    /// <summary>What the scenario rules can match on when a quote is accepted (null when the id is unknown).</summary>
    public RuleFacts? FactsForQuote(CompanyState company, Guid quoteId)
    {
        lock (company.Lock)
        {
            return company.Quotes.TryGet(quoteId, out var quote) ? FactsOf(quote) : null;
        }
    }

    /// <summary>
    /// Turns an active quote into an order with the same id and freezes its USDT. With an Idempotency-Key, the
    /// same key for the same quote replays the stored answer; for another quote it is a conflict.
    /// </summary>
    public AcceptResult Accept(CompanyState company, Guid quoteId, string? idempotencyKey)
    {
        lock (company.Lock)
        {
            var now = _engine.Now;
            if (idempotencyKey is not null && company.Idempotency.Find(idempotencyKey, now) is { } stored)
            {
                return stored.ResourceId == quoteId
                    ? new AcceptResult(stored.Answer, IsReplay: true)
                    : throw EngineException.Conflict("Idempotency-Key was already used for another request");
            }

            if (company.Orders.Contains(quoteId))
            {
                throw EngineException.Conflict("Quote already accepted");
            }

            if (!company.Quotes.TryGet(quoteId, out var quote))
            {
                throw EngineException.NotFound("Quote not found");
            }

            quote.ExpireIfDue(now);
            if (quote.State == QuoteState.Expired)
            {
                throw EngineException.Conflict("Quote expired");
            }

            company.Ledger.Freeze(quote.AmountUsdt);
            quote.Accept();
            company.Quotes.Remove(quote.Id);
            var timeline = _engine.Rules.OrderTimelineFor(FactsOf(quote), company.RuleCalls);

            var order = new Order
            {
                Id = quote.Id,
                CompanyId = company.Id,
                Sequence = _engine.NextSequence(),
                AmountRub = quote.AmountRub,
                AmountUsdt = quote.AmountUsdt,
                MerchantName = quote.MerchantName,
                ExternalOrderId = quote.ExternalOrderId,
                CreatedAt = now,
                PaymentUntil = now + _engine.Timing.PaymentWindow,
                Timeline = timeline,
            };
            company.Orders.Add(order);
            _engine.OrderOwners.Set(order.Id, company);
            _engine.Retention.SweepNeedsLock(company);
            StartTimeline(company, order);

            var view = OrderView.Of(order);
            if (idempotencyKey is not null)
            {
                company.Idempotency.Store(idempotencyKey, order.Id, view, now);
            }

            return new AcceptResult(view, IsReplay: false);
        }
    }

    public OrderView Get(CompanyState company, Guid id)
    {
        lock (company.Lock)
        {
            if (!company.Orders.TryGet(id, out var order))
            {
                throw EngineException.NotFound("Order not found");
            }

            order.Touch(_engine.Now); // an order someone still reads is never forgotten
            return OrderView.Of(order);
        }
    }

    public OrderListView List(CompanyState company, OrderStatus? status, int offset, int limit)
    {
        lock (company.Lock)
        {
            _engine.Retention.SweepNeedsLock(company);
            return new OrderListView(company.Orders.Page(status, offset, limit, static order => order.View), company.Orders.CountWith(status));
        }
    }

    /// <summary>The newest orders across companies (or of one), for the control API.</summary>
    public List<OrderView> Recent(Guid? companyId, OrderStatus? status, int limit) =>
        RecentAcrossCompanies.Collect(_engine.Companies.All, companyId, static c => c.Orders, status, limit, static (c, o) => o.View.WithCompany(c.Id));

    /// <summary>The control API's "the merchant was paid now", answered with the company. Conflict when the order is not open.</summary>
    public OrderView Complete(Guid orderId) => Transition(orderId, OrderTrigger.Complete, null);

    /// <summary>The control API's "the payment was rejected now", answered with the company. Conflict when the order is not open.</summary>
    public OrderView Fail(Guid orderId, string failureReason) => Transition(orderId, OrderTrigger.Fail, failureReason);

    /// <summary>Applies a trigger under the company's lock and moves the money it implies.</summary>
    public void FireNeedsLock(CompanyState company, Order order, OrderTrigger trigger, string? failureReason)
    {
        var previous = order.Fire(trigger, _engine.Now, failureReason);
        switch (order.Status)
        {
            case OrderStatus.Success:
                company.Ledger.Spend(order.AmountUsdt);
                break;
            case OrderStatus.Failed:
                company.Ledger.Release(order.AmountUsdt);
                break;
        }

        company.Orders.StatusChanged(order, previous);
        if (order.Status is OrderStatus.Success or OrderStatus.Failed)
        {
            _engine.Retention.FinishedNeedsLock(company, order);
        }

        Publish(company, order);
    }

    private OrderView Transition(Guid orderId, OrderTrigger trigger, string? failureReason)
    {
        if (!_engine.OrderOwners.TryGet(orderId, out var company))
        {
            throw EngineException.NotFound("Order not found");
        }

        lock (company.Lock)
        {
            var order = company.Orders.TryGet(orderId, out var found) ? found : throw EngineException.NotFound("Order not found");
            if (!order.IsOpen)
            {
                throw EngineException.Conflict($"Order is {order.Status.ToWire()}, not open");
            }

            FireNeedsLock(company, order, trigger, failureReason);
            return OrderView.Of(order).WithCompany(company.Id);
        }
    }

    private void StartTimeline(CompanyState company, Order order)
    {
        var timeline = order.Timeline;
        var startsLater = timeline.Count > 0 && timeline[0].Status == OrderStepStatus.InProgress && timeline[0].After > TimeSpan.Zero;
        if (!startsLater)
        {
            FireNeedsLock(company, order, OrderTrigger.Start, null);
        }

        // The scheduler's items are values pointing at the order itself, which carries its timeline: an open order
        // keeps no object alive for its steps.
        for (var i = 0; i < timeline.Count; i++)
        {
            _engine.Scheduler.Schedule(order.CreatedAt + timeline[i].After, _runStep, order, i);
        }

        _engine.Scheduler.Schedule(order.PaymentUntil, _runStep, order, TimeoutStep);
    }

    private void RunStep(object state, int index)
    {
        var order = (Order)state;
        if (_engine.Companies.FindById(order.CompanyId) is not { } company)
        {
            return;
        }

        if (index == TimeoutStep)
        {
            FireIfAllowed(company, order, OrderTrigger.Timeout, PaymentTimeout);
            return;
        }

        var step = order.Timeline[index];
        var trigger = step.Status switch
        {
            OrderStepStatus.InProgress => OrderTrigger.Start,
            OrderStepStatus.Success => OrderTrigger.Complete,
            _ => OrderTrigger.Fail,
        };
        FireIfAllowed(company, order, trigger, trigger == OrderTrigger.Fail ? step.FailureReason ?? PaymentRejected : null);
    }

    // Scheduled steps find the order wherever it has got to (completed by hand, say): a step that no longer
    // applies is skipped, never forced.
    private void FireIfAllowed(CompanyState company, Order order, OrderTrigger trigger, string? failureReason)
    {
        lock (company.Lock)
        {
            if (StateMachines.Lifecycles.Order.CanFire(order.Status, trigger))
            {
                FireNeedsLock(company, order, trigger, failureReason);
            }
        }
    }

    private void Publish(CompanyState company, Order order) =>
        _engine.Events.Publish(company, new DomainEvent(StatusChangedEvent, order.Id, _engine.Now, OrderView.Of(order)));

    private static RuleFacts FactsOf(Quote quote) => new()
    {
        AmountRub = quote.AmountRub,
        QrId = quote.Qr.Id,
        QrCode = quote.Qr.Link,
        ExternalOrderId = quote.ExternalOrderId,
    };
}
