using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Engine.Companies;

/// <summary>
/// A company's USDT: available (spendable) and frozen (reserved for open orders), with running totals of every
/// kind of move so the invariant <c>available + frozen = initial + deposits + refunds − spent</c> can be checked.
/// Not thread-safe: used under the company's lock.
/// </summary>
internal sealed class Ledger(decimal initialUsdt, decimal trx)
{
    public decimal Initial { get; } = initialUsdt;

    public decimal Available { get; private set; } = initialUsdt;

    public decimal Frozen { get; private set; }

    public decimal Trx { get; set; } = trx;

    public decimal Spent { get; private set; }

    public decimal Refunded { get; private set; }

    public decimal Deposited { get; private set; }

    public bool InvariantHolds =>
        Available >= 0 && Frozen >= 0 && Available + Frozen == Initial + Deposited + Refunded - Spent;

    public void Freeze(decimal amount)
    {
        if (amount > Available)
        {
            throw EngineException.BadRequest("Insufficient balance");
        }

        Available -= amount;
        Frozen += amount;
    }

    public void Spend(decimal amount)
    {
        Frozen -= amount;
        Spent += amount;
    }

    public void Release(decimal amount)
    {
        Frozen -= amount;
        Available += amount;
    }

    public void Refund(decimal amount)
    {
        Available += amount;
        Refunded += amount;
    }

    public void Deposit(decimal amount)
    {
        Available += Money.Round(amount);
        Deposited += Money.Round(amount);
    }
}
