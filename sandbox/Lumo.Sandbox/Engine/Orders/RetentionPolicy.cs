namespace Lumo.Sandbox.Engine.Orders;

/// <summary>
/// When finished orders (with their disputes) are forgotten, so a sandbox left running for weeks does not grow
/// without bound: once untouched — not changed, not read by id — for <see cref="MaxAge"/> of sandbox time, or once
/// beyond the newest <see cref="MaxOrdersPerCompany"/> finished orders of their company, whichever comes first.
/// Open orders, and orders with an open dispute, are never forgotten (and open orders do not count). Balances are kept apart from orders, so they do not change.
/// </summary>
internal sealed record RetentionPolicy(TimeSpan MaxAge, int MaxOrdersPerCompany)
{
    public static readonly RetentionPolicy Default = new(TimeSpan.FromDays(7), 100_000);

    public static readonly RetentionPolicy KeepEverything = new(TimeSpan.MaxValue, int.MaxValue);

    public bool ForgetsByAge => MaxAge < TimeSpan.MaxValue;
}
