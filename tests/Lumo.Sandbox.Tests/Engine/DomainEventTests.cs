using Lumo.Sandbox.Engine;
using Lumo.Sandbox.Engine.Clock;
using Lumo.Sandbox.Engine.Companies;
using Lumo.Sandbox.Engine.Disputes;
using Lumo.Sandbox.Engine.Events;
using Lumo.Sandbox.Engine.Orders;
using Lumo.Sandbox.Scenarios;

namespace Lumo.Sandbox.Tests.Engine;

/// <summary>The events the webhook sender relies on: one per dispute change, one per confirmed deposit.</summary>
public sealed class DomainEventTests
{
    private const string Scenario = """
        {
          "name": "events",
          "clock": { "mode": "virtual", "start": "2026-01-01T00:00:00Z" },
          "companies": [ { "name": "A", "email": "a@lumo.test", "password": "p", "usdtBalance": 100, "userWallets": [ { "externalId": "u" } ] } ]
        }
        """;

    [Test]
    public void Disputes_publish_every_change_and_deposits_publish_their_confirmation()
    {
        var sink = new RecordingSink();
        using var runtime = new EngineRuntime(ScenarioLoader.Parse(Scenario, "test").GetScenarioOrThrow(), Scenario, ClockMode.Virtual, TimeProvider.System, _ => sink, ex => throw ex);
        var engine = runtime.Current;
        var company = engine.Companies.FindByEmail("a@lumo.test")!;
        NspkQrCode.TryParse("https://qr.nspk.ru/AD10006M8KH4QP2R5T7V9W1X3Y5Z7B9C?type=02&bank=100000000007&sum=95000&cur=RUB", out var qr, out _);
        var quote = engine.Orders.Prepare(company, qr!, "e");
        engine.Orders.Accept(company, quote.Id, null);
        engine.Scheduler.Advance(TimeSpan.FromSeconds(3));
        var dispute = engine.Disputes.Create(company, quote.Id, "reason");
        engine.Disputes.Review(dispute.Id);
        engine.Disputes.Resolve(dispute.Id, new DisputeDecision { Resolution = DisputeResolution.Refund });
        var wallet = engine.UserWallets.List(company, "u", 0, 1).UserWallets[0];
        var deposit = engine.Deposits.CreateForCompany(company.Id, 5m, 0, fail: false);
        var userDeposit = engine.Deposits.CreateForUserWallet(wallet.Id, 7m, 18, fail: false);
        engine.Deposits.CreateForCompany(company.Id, 9m, 0, fail: true);
        engine.Scheduler.Advance(TimeSpan.FromMinutes(2));

        var disputeEvents = sink.Events.Where(e => e.Type == "dispute.updated").ToList();
        Assert.That(disputeEvents.Select(e => ((DisputeView)e.Data).Status), Is.EqualTo(new[] { "submitted", "in_review", "resolved" }));
        Assert.That(disputeEvents.Select(e => e.ResourceId), Has.All.EqualTo(dispute.Id));
        Assert.That(sink.Events.Where(e => e.Type == "deposit.confirmed").Select(e => e.ResourceId), Is.EqualTo(new[] { deposit.Id }));
        Assert.That(sink.Events.Where(e => e.Type == "user_deposit.confirmed").Select(e => e.ResourceId), Is.EqualTo(new[] { userDeposit.Id }));
        Assert.That(sink.Events.Count(e => e.Type == "order.status_changed" && ((OrderView)e.Data).Status == "disputed"), Is.EqualTo(1));
        lock (company.Lock)
        {
            Assert.That(company.Ledger.InvariantHolds, Is.True);
            Assert.That(company.Ledger.Deposited, Is.EqualTo(12m));
            Assert.That(company.Ledger.Refunded, Is.EqualTo(10m));
        }
    }

    private sealed class RecordingSink : IEventSink
    {
        public List<DomainEvent> Events { get; } = [];

        public void Publish(CompanyState company, DomainEvent domainEvent)
        {
            lock (Events)
            {
                Events.Add(domainEvent);
            }
        }
    }
}
