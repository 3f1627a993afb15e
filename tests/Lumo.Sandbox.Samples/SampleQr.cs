using System.Globalization;

namespace Lumo.Sandbox.Samples;

/// <summary>SBP (NSPK) QR links such as a shop's customer would scan. <c>sum</c> is in kopecks.</summary>
internal static class SampleQr
{
    /// <summary>A one-time (dynamic, <c>type=02</c>) QR code for <paramref name="amountRub"/>.</summary>
    public static string For(decimal amountRub) =>
        string.Create(CultureInfo.InvariantCulture, $"https://qr.nspk.ru/AD10006M8KH4QP2R5T7V9W1X3Y5Z7B9C?type=02&bank=100000000007&sum={amountRub * 100m:0}&cur=RUB&crc=0A1B");
}
