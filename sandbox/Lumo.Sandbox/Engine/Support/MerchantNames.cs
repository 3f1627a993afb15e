using Bogus;

namespace Lumo.Sandbox.Engine.Support;

/// <summary>
/// Merchant names for QR codes: a pool made once by Bogus from the scenario seed, picked by a stable hash of
/// the QR id, so one QR code always shows the same merchant and prepare never pays for Bogus on the hot path.
/// </summary>
internal sealed class MerchantNames
{
    private const int PoolSize = 512;
    private readonly string[] _pool;

    public MerchantNames(int seed)
    {
        var faker = new Faker("ru") { Random = new Randomizer(seed) };
        _pool = new string[PoolSize];
        for (var i = 0; i < PoolSize; i++)
        {
            _pool[i] = faker.Company.CompanyName();
        }
    }

    public string For(string qrId)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in qrId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return _pool[hash % PoolSize];
    }
}
