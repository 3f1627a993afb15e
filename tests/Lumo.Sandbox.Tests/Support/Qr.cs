using System.Globalization;

namespace Lumo.Sandbox.Tests.Support;

/// <summary>NSPK QR links for tests.</summary>
internal static class Qr
{
    /// <summary>The quickstart's link: sum=50000 kopecks = 500.00 RUB.</summary>
    public const string Quickstart = "https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&bank=100000000001&sum=50000&cur=RUB&crc=F4AB";

    /// <summary>A dynamic QR code for <paramref name="amountRub"/>.</summary>
    public static string ForAmount(decimal amountRub, string id = "AD10006M8KH4QP2R5T7V9W1X3Y5Z7B9C") =>
        $"https://qr.nspk.ru/{id}?type=02&bank=100000000007&sum={(long)(amountRub * 100m)}&cur=RUB&crc=0A1B".ToString(CultureInfo.InvariantCulture);
}
