using Lumo.Sandbox.Engine.Clock;
using Lumo.Sandbox.Engine.Companies;
using Lumo.Sandbox.Engine.Events;
using Lumo.Sandbox.Engine.Rates;
using Lumo.Sandbox.Scenarios;

namespace Lumo.Sandbox.Engine;

/// <summary>
/// Holds the current <see cref="SandboxEngine"/> and replaces it whole on reset or on a new scenario, so a reset
/// is exact (clock included) and a request in flight finishes against the engine it started with.
/// </summary>
internal sealed class EngineRuntime : IDisposable
{
    private readonly TimeProvider _system;
    private readonly ClockMode? _clockOverride;
    private readonly Orders.RetentionPolicy? _retentionOverride;
    private readonly Func<SandboxEngine, IEventSink> _eventSinkFactory;
    private readonly Action<Exception> _onScheduledError;
    private readonly Lock _swapLock = new();
    private SandboxEngine _current;
    private DateTimeOffset? _virtualStart;

    public EngineRuntime(Scenario scenario, string scenarioJson, ClockMode? clockOverride, TimeProvider system, Func<SandboxEngine, IEventSink> eventSinkFactory, Action<Exception> onScheduledError, Orders.RetentionPolicy? retentionOverride = null)
    {
        _system = system;
        _clockOverride = clockOverride;
        _retentionOverride = retentionOverride;
        _eventSinkFactory = eventSinkFactory;
        _onScheduledError = onScheduledError;
        ScenarioJson = scenarioJson;
        _current = Build(scenario);
    }

    public SandboxEngine Current => Volatile.Read(ref _current);

    /// <summary>The loaded scenario as its file had it (GET /_sandbox/scenario answers with it).</summary>
    public string ScenarioJson { get; private set; }

    /// <summary>Back to the loaded scenario's initial state: companies, balances, orders and clock.</summary>
    public void Reset()
    {
        lock (_swapLock)
        {
            Swap(Build(Current.Scenario));
        }
    }

    /// <summary>Loads another scenario (already validated) and resets to it.</summary>
    public void Replace(Scenario scenario, string scenarioJson)
    {
        lock (_swapLock)
        {
            _virtualStart = null; // a new scenario starts its own clock
            var fresh = Build(scenario);
            ScenarioJson = scenarioJson;
            Swap(fresh);
        }
    }

    private void Swap(SandboxEngine fresh) => Interlocked.Exchange(ref _current, fresh).Dispose();

    public void Dispose() => Current.Dispose();

    private SandboxEngine Build(Scenario scenario)
    {
        var mode = _clockOverride ?? scenario.Clock.Mode;
        // A reset goes back to the same start, so virtual times repeat exactly across resets.
        _virtualStart ??= scenario.Clock.Start ?? _system.GetUtcNow();
        var clock = new SandboxClock(_system, mode, _virtualStart);
        var scheduler = new Scheduler(clock, _system, _onScheduledError);
        var rates = new RateBoard(
            scenario.Rate.UsdtRub,
            [.. scenario.Rate.Sequence.Select(s => (s.After, s.UsdtRub))],
            clock.GetUtcNow());
        var timing = EngineTiming.From(scenario.Timing);
        if (_retentionOverride is { } retention)
        {
            timing = timing with { Retention = retention };
        }

        var engine = new SandboxEngine(scenario, clock, scheduler, timing, rates, _eventSinkFactory);
        foreach (var company in scenario.Companies)
        {
            var state = engine.Accounts.Create(ToNewCompany(company), createdAtRuntime: false);
            foreach (var wallet in company.UserWallets)
            {
                engine.UserWallets.AddFromScenario(state, wallet);
            }
        }

        ScheduleDeposits(engine, scenario);
        return engine;
    }

    // Scheduled deposits appear (pending) their afterSeconds after the clock start, then confirm like any other.
    private static void ScheduleDeposits(SandboxEngine engine, Scenario scenario)
    {
        var start = engine.Now;
        foreach (var deposit in scenario.Deposits)
        {
            if (engine.Companies.FindByEmail(deposit.Company) is not { } company)
            {
                continue; // the loader already refused a deposit for an unknown company
            }

            // A deposit due at the start is there at once: a virtual clock may never be advanced.
            if (deposit.After <= TimeSpan.Zero)
            {
                engine.Deposits.CreateForCompany(company, deposit.AmountUsdt, 0, deposit.Fail);
            }
            else
            {
                engine.Scheduler.Schedule(start + deposit.After, () => engine.Deposits.CreateForCompany(company, deposit.AmountUsdt, 0, deposit.Fail));
            }
        }
    }

    private static NewCompany ToNewCompany(ScenarioCompany c) => new()
    {
        Id = c.Id,
        Name = c.Name,
        Email = c.Email,
        Password = c.Password,
        ApiKey = c.ApiKey,
        IsActive = c.IsActive,
        UsdtBalance = c.UsdtBalance,
        TrxBalance = c.TrxBalance,
        QrRateOffsetBps = c.QrRateOffsetBps,
        ContactEmail = c.ContactEmail,
        ContactTelegram = c.ContactTelegram,
        WebhookUrl = c.WebhookUrl,
        WebhookSecret = c.WebhookSecret,
        DepositForwardAddress = c.DepositForwardAddress,
    };
}
