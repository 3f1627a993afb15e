using Bogus;

namespace Lumo.Sandbox.Engine.Support;

/// <summary>
/// Merchant names for QR codes: a pool made once by Bogus from the scenario seed, picked by a stable hash of
/// the QR id, so one QR code always shows the same merchant and prepare never pays for Bogus on the hot path.
/// The pool is made on first use, not with the engine, so start-up does not wait for Bogus's locale data;
/// the host warms it in the background once it listens (<see cref="WarmUp"/>). The pool of the ready-made
/// scenarios' seed is generated code (<see cref="EmbeddedMerchantNames"/>), so they never load Bogus at all.
/// </summary>
internal sealed class MerchantNames(int seed)
{
    private const int PoolSize = 512;
    private readonly Lazy<string[]> _pool = new(() => seed == EmbeddedMerchantNames.Seed ? EmbeddedMerchantNames.Pool : CreatePool(seed));

    public void WarmUp() => _ = _pool.Value;

    public string For(string qrId)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in qrId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return _pool.Value[hash % PoolSize];
    }

    /// <summary>The pool Bogus makes from <paramref name="seed"/>.</summary>
    internal static string[] CreatePool(int seed)
    {
        var faker = new Faker("ru") { Random = new Randomizer(seed) };
        var pool = new string[PoolSize];
        for (var i = 0; i < PoolSize; i++)
        {
            pool[i] = faker.Company.CompanyName();
        }

        return pool;
    }
}
