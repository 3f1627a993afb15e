namespace Lumo.Sandbox.Engine.Support;

/// <summary>
/// Seeded randomness for every generated id, key, address and hash, so the same scenario and the same calls
/// give the same data. Not thread-safe: each company owns one and uses it under its lock.
/// </summary>
internal sealed class SandboxRandom(int seed)
{
    private readonly Random _random = new(seed);

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 (Guid stores this group little-endian)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    public string NextHex(int byteCount)
    {
        Span<byte> bytes = stackalloc byte[byteCount];
        _random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    public string NextApiKey() => "lb2b_" + NextHex(16);

    public string NextTxHash() => NextHex(32);

    public string NextTronAddress()
    {
        Span<byte> account = stackalloc byte[20];
        _random.NextBytes(account);
        return TronAddress.FromAccountBytes(account);
    }

    public int Next(int maxExclusive) => _random.Next(maxExclusive);
}
