using Lumo.Sandbox.Engine.Orders;

namespace Lumo.Sandbox.Tests.Engine;

public sealed class NspkQrCodeTests
{
    [TestCase("https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&bank=100000000001&sum=50000&cur=RUB&crc=F4AB", 500.00)]
    [TestCase("https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&bank=100000000001&sum=500000&cur=RUB&crc=F4AB", 5000.00)]
    [TestCase("https://qr.nspk.ru/BD10003P3RCT8NTGH6LR6D3P815L3SHK?type=01&bank=100000000001&sum=1&cur=RUB&crc=XXXX", 0.01)]
    [TestCase("https://QR.NSPK.RU/AD10003P3RCT8NTGH6LR6D3P815L3SHK?sum=400100&type=02", 4001.00)]
    public void Sum_is_read_as_kopecks(string link, decimal expectedRub)
    {
        Assert.That(NspkQrCode.TryParse(link, out var qr, out _), Is.True);
        Assert.That(qr!.AmountRub, Is.EqualTo(expectedRub));
    }

    [TestCase("not a link", "NSPK link")]
    [TestCase("http://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&sum=100", "NSPK link")]
    [TestCase("https://example.com/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&sum=100", "NSPK link")]
    [TestCase("https://qr.nspk.ru/XX10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&sum=100", "NSPK id")]
    [TestCase("https://qr.nspk.ru/AS100?type=02&sum=100", "NSPK id")]
    [TestCase("https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=03&sum=100", "type")]
    [TestCase("https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=01", "static")]
    [TestCase("https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02", "sum")]
    [TestCase("https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&sum=-5", "sum")]
    [TestCase("https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&sum=12.5", "sum")]
    [TestCase("https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&sum=100&cur=USD", "currency")]
    public void Anything_else_is_refused_with_a_reason(string link, string reasonMentions)
    {
        Assert.That(NspkQrCode.TryParse(link, out var qr, out var error), Is.False);
        Assert.That(qr, Is.Null);
        Assert.That(error, Does.Contain(reasonMentions));
    }
}
