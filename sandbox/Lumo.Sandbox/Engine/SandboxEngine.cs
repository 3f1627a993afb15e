using Lumo.Sandbox.Engine.Clock;
using Lumo.Sandbox.Engine.Companies;
using Lumo.Sandbox.Engine.Deposits;
using Lumo.Sandbox.Engine.Disputes;
using Lumo.Sandbox.Engine.Events;
using Lumo.Sandbox.Engine.Orders;
using Lumo.Sandbox.Engine.Rates;
using Lumo.Sandbox.Engine.Support;
using Lumo.Sandbox.Engine.UserWallets;
using Lumo.Sandbox.Scenarios;
using Lumo.Sandbox.Scenarios.Rules;

namespace Lumo.Sandbox.Engine;

/// <summary>
/// The whole state of one loaded scenario: clock, scheduler, companies and what they own. A reset builds a new
/// engine from the same scenario (see <see cref="EngineRuntime"/>), so nothing survives it by accident.
/// </summary>
internal sealed class SandboxEngine : IDisposable
{
    private long _sequence;

    public SandboxEngine(Scenario scenario, SandboxClock clock, Scheduler scheduler, EngineTiming timing, RateBoard rates, Func<SandboxEngine, IEventSink> events)
    {
        Scenario = scenario;
        Clock = clock;
        Scheduler = scheduler;
        Timing = timing;
        Rates = rates;
        Rules = new ScenarioRules(scenario);
        MerchantNames = new MerchantNames(scenario.Seed);
        Orders = new OrderService(this);
        Retention = new OrderRetention(this);
        Accounts = new CompanyService(this);
        Disputes = new DisputeService(this);
        Deposits = new DepositService(this);
        UserWallets = new UserWalletService(this);
        Events = events(this);
    }

    public Scenario Scenario { get; }

    public SandboxClock Clock { get; }

    public Scheduler Scheduler { get; }

    public EngineTiming Timing { get; }

    public RateBoard Rates { get; }

    public IEventSink Events { get; }

    public ScenarioRules Rules { get; }

    public MerchantNames MerchantNames { get; }

    public CompanyDirectory Companies { get; } = new();

    /// <summary>Which company owns an order: the control API addresses orders by id alone.</summary>
    public OwnerIndex OrderOwners { get; } = new();

    /// <summary>Which company owns a dispute: the control API addresses disputes by id alone.</summary>
    public OwnerIndex DisputeOwners { get; } = new();

    /// <summary>Which company owns a user wallet: the control API addresses wallets by id alone.</summary>
    public OwnerIndex UserWalletOwners { get; } = new();

    public OrderService Orders { get; }

    public OrderRetention Retention { get; }

    public DisputeService Disputes { get; }

    public DepositService Deposits { get; }

    public UserWalletService UserWallets { get; }

    public CompanyService Accounts { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public void Dispose() => Scheduler.Dispose();
}
