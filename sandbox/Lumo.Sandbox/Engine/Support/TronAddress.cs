using System.Security.Cryptography;

namespace Lumo.Sandbox.Engine.Support;

/// <summary>
/// TRON addresses: Base58Check of 0x41 + 20 bytes, so they start with "T", are 34 characters long and carry a
/// valid checksum (wallet software checks it).
/// </summary>
internal static class TronAddress
{
    private const byte MainnetPrefix = 0x41;

    public static string FromAccountBytes(ReadOnlySpan<byte> account20)
    {
        Span<byte> payload = stackalloc byte[25];
        payload[0] = MainnetPrefix;
        account20[..20].CopyTo(payload[1..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(payload[..21], hash);
        SHA256.HashData(hash, hash);
        hash[..4].CopyTo(payload[21..]);
        return Base58.Encode(payload);
    }

    public static bool IsValid(string? address)
    {
        if (address is null || address.Length != 34 || address[0] != 'T')
        {
            return false;
        }

        var bytes = Base58.Decode(address);
        if (bytes is null || bytes.Length != 25 || bytes[0] != MainnetPrefix)
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes.AsSpan(0, 21), hash);
        SHA256.HashData(hash, hash);
        return hash[..4].SequenceEqual(bytes.AsSpan(21, 4));
    }
}
