using System.Collections.Concurrent;

namespace Lumo.Sandbox.Readiness;

/// <summary>
/// Watches what each company's client did and saw (API calls with their answers, webhook attempts with the
/// receiver's answers) and keeps, per company, what the readiness report needs. Never fed by what the sandbox
/// does on its own. Bounded: at most <see cref="CompanyCapacity"/> companies (the longest-known are forgotten
/// first), each with bounded state. Cleared on reset and on a new scenario, like the request journal.
/// </summary>
internal sealed class ReadinessObserver(Func<DateTimeOffset> now)
{
    public const int CompanyCapacity = 10_000;

    private readonly ConcurrentDictionary<Guid, CompanyReadiness> _companies = new();
    private readonly Queue<Guid> _order = new();
    private readonly Lock _addLock = new();

    /// <summary>Sandbox time now (the current engine's clock).</summary>
    public DateTimeOffset Now => now();

    public void Observe(in ObservedExchange exchange)
    {
        if (exchange.CompanyId is not { } id)
        {
            return;
        }

        var company = For(id);
        lock (company.Lock)
        {
            ExchangeDetector.ObserveNeedsLock(company, exchange);
        }
    }

    public void Observe(ObservedDelivery delivery)
    {
        var company = For(delivery.CompanyId);
        lock (company.Lock)
        {
            WebhookDetector.ObserveNeedsLock(company, delivery);
        }
    }

    public void Clear()
    {
        lock (_addLock)
        {
            _companies.Clear();
            _order.Clear();
        }
    }

    /// <summary>The report of one company, or of all (a case observed when any company observed it).</summary>
    public ReadinessReportView Report(Guid? companyId)
    {
        var companies = companyId is { } id
            ? (_companies.TryGetValue(id, out var one) ? [one] : [])
            : _companies.Values.ToList();
        return ReadinessReportBuilder.Build(companyId, Now, companies);
    }

    private CompanyReadiness For(Guid id)
    {
        if (_companies.TryGetValue(id, out var known))
        {
            return known;
        }

        lock (_addLock)
        {
            if (_companies.TryGetValue(id, out known))
            {
                return known;
            }

            var added = new CompanyReadiness();
            _companies[id] = added;
            _order.Enqueue(id);
            while (_companies.Count > CompanyCapacity && _order.TryDequeue(out var oldest))
            {
                _companies.TryRemove(oldest, out _);
            }

            return added;
        }
    }
}
