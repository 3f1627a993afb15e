using Lumo.Sandbox.Engine;
using Lumo.Sandbox.Engine.Companies;

namespace Lumo.Sandbox.Tests.Engine;

public sealed class LedgerTests
{
    [Test]
    public void Every_move_keeps_the_invariant()
    {
        var ledger = new Ledger(100m, 5m);
        ledger.Freeze(30m);
        ledger.Freeze(20m);
        ledger.Spend(30m);
        ledger.Release(20m);
        ledger.Refund(30m);
        ledger.Deposit(12.345m);

        Assert.That(ledger.Available, Is.EqualTo(100m - 30m + 30m + 12.35m));
        Assert.That(ledger.Frozen, Is.Zero);
        Assert.That(ledger.InvariantHolds, Is.True);
    }

    [Test]
    public void Freezing_more_than_is_available_is_refused_and_moves_nothing()
    {
        var ledger = new Ledger(10m, 0m);

        Assert.That(() => ledger.Freeze(10.01m), Throws.TypeOf<EngineException>().With.Message.EqualTo("Insufficient balance"));
        Assert.That(ledger.Available, Is.EqualTo(10m));
        Assert.That(ledger.Frozen, Is.Zero);
    }
}
