using System.Numerics;

namespace Lumo.Sandbox.Engine.Support;

/// <summary>Bitcoin-alphabet Base58, as TRON addresses use.</summary>
internal static class Base58
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var value = new BigInteger(data, isUnsigned: true, isBigEndian: true);
        var chars = new List<char>(40);
        while (value > 0)
        {
            value = BigInteger.DivRem(value, 58, out var remainder);
            chars.Add(Alphabet[(int)remainder]);
        }

        for (var i = 0; i < data.Length && data[i] == 0; i++)
        {
            chars.Add(Alphabet[0]);
        }

        chars.Reverse();
        return new string([.. chars]);
    }

    public static byte[]? Decode(string text)
    {
        BigInteger value = 0;
        foreach (var c in text)
        {
            var digit = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                return null;
            }

            value = (value * 58) + digit;
        }

        var bytes = value.IsZero ? [] : value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var leadingZeros = text.TakeWhile(c => c == Alphabet[0]).Count();
        return [.. new byte[leadingZeros], .. bytes];
    }
}
