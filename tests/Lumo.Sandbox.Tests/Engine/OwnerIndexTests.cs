using Lumo.Sandbox.Engine.Companies;
using Lumo.Sandbox.Engine.Idempotency;
using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Tests.Engine;

/// <summary>The index the control API finds an order's, dispute's or wallet's company by: set, replace, forget, and many writers at once.</summary>
public sealed class OwnerIndexTests
{
    private static readonly CompanyState First = Company(1);
    private static readonly CompanyState Second = Company(2);

    [Test]
    public void An_id_finds_the_company_it_was_set_for_and_a_later_set_replaces_it()
    {
        var index = new OwnerIndex();
        var id = Guid.NewGuid();
        Assert.That(index.TryGet(id, out _), Is.False, "nothing set yet");

        index.Set(id, First);
        Assert.That(index.TryGet(id, out var owner), Is.True);
        Assert.That(owner, Is.SameAs(First));

        index.Set(id, Second);
        Assert.That(index.TryGet(id, out owner) ? owner : null, Is.SameAs(Second));
    }

    [Test]
    public void A_removed_id_is_not_found_and_the_others_stay()
    {
        var index = new OwnerIndex();
        var kept = Guid.NewGuid();
        var removed = Guid.NewGuid();
        index.Set(kept, First);
        index.Set(removed, Second);

        index.Remove(removed);
        index.Remove(Guid.NewGuid()); // an id it never had: nothing happens

        Assert.That(index.TryGet(removed, out _), Is.False);
        Assert.That(index.TryGet(kept, out var owner) ? owner : null, Is.SameAs(First));
    }

    [Test]
    public void Accepts_in_many_companies_at_once_lose_no_entry()
    {
        // Accepts in different companies hold different company locks, so they set entries concurrently.
        var index = new OwnerIndex();
        var ids = Enumerable.Range(0, 8).Select(_ => Enumerable.Range(0, 20_000).Select(_ => Guid.NewGuid()).ToArray()).ToArray();
        Parallel.For(0, ids.Length, new ParallelOptions { MaxDegreeOfParallelism = ids.Length }, writer =>
        {
            var company = writer % 2 == 0 ? First : Second;
            foreach (var id in ids[writer])
            {
                index.Set(id, company);
                Assert.That(index.TryGet(id, out _), Is.True);
            }
        });

        for (var writer = 0; writer < ids.Length; writer++)
        {
            var expected = writer % 2 == 0 ? First : Second;
            Assert.That(ids[writer].All(id => index.TryGet(id, out var owner) && ReferenceEquals(owner, expected)), Is.True, $"writer {writer}");
        }
    }

    private static CompanyState Company(int n) => new()
    {
        Id = Guid.NewGuid(),
        Name = $"Company {n}",
        Email = $"company-{n}@owner-index.test",
        Password = "password",
        ApiKey = $"lb2b_{n:D32}",
        IsActive = true,
        Address = "T" + new string('1', 33),
        WebhookSecret = "whsec_test",
        QrRateOffsetBps = 0,
        Ledger = new Ledger(0m, 0m),
        Random = new SandboxRandom(n),
        Idempotency = new IdempotencyStore(TimeSpan.FromHours(24), 10),
    };
}
