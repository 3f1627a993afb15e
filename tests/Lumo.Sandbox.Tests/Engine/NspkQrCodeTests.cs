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

/// <summary>
/// The quick reading of links in their printed form and the general reading (through <see cref="Uri"/> and the
/// query string parser) give the same answer, reason and values for every link the quick one answers, and the
/// quick one leaves every unusual link to the general one.
/// </summary>
public sealed class NspkQrCodeReadingsTests
{
    private const string Id = "AS10003P3RCT8NTGH6LR6D3P815L3SHK";

    private static readonly string[] Links =
    [
        $"https://qr.nspk.ru/{Id}?type=02&bank=100000000001&sum=500000&cur=RUB&crc=F4AB",
        $"https://qr.nspk.ru/{Id}?type=01&sum=1",
        $"https://qr.nspk.ru/{Id}?type=01",
        $"https://qr.nspk.ru/{Id}?type=02",
        $"https://qr.nspk.ru/{Id}?type=03&sum=100",
        $"https://qr.nspk.ru/{Id}?TYPE=02&Sum=100&CUR=RUB",
        $"https://qr.nspk.ru/{Id}?type=02&sum=100&cur=rub",
        $"https://qr.nspk.ru/{Id}?type=02&sum=100&cur=USD",
        $"https://qr.nspk.ru/{Id}?type=02&sum=100&cur=",
        $"https://qr.nspk.ru/{Id}?type=02&sum=",
        $"https://qr.nspk.ru/{Id}?type=02&sum=0",
        $"https://qr.nspk.ru/{Id}?type=02&sum=10000000000",
        $"https://qr.nspk.ru/{Id}?type=02&sum=10000000001",
        $"https://qr.nspk.ru/{Id}?type=02&sum=99999999999999999999",
        $"https://qr.nspk.ru/{Id}?type=02&sum=100=5",
        $"https://qr.nspk.ru/{Id}?type=02&sum=100&type=01",
        $"https://qr.nspk.ru/{Id}?type=02&sum=100&sum=200",
        $"https://qr.nspk.ru/{Id}?type&sum=100",
        $"https://qr.nspk.ru/{Id}?type=02&&sum=100&",
        $"https://qr.nspk.ru/{Id}?=02&sum=100",
        $"https://qr.nspk.ru/{Id}?",
        $"https://qr.nspk.ru/{Id}",
        "https://qr.nspk.ru/",
        "https://qr.nspk.ru/?type=02&sum=100",
        "https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SH?type=02&sum=100",
        "https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHKX?type=02&sum=100",
        "https://qr.nspk.ru/XS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&sum=100",
        "https://qr.nspk.ru/as10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&sum=100",
        "https://qr.nspk.ru/BD10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&sum=100",
        $"https://qr.nspk.ru/{Id}/?type=02&sum=100",
        $"https://qr.nspk.ru//{Id}?type=02&sum=100",
        $"https://qr.nspk.ru/{Id}?type=02&sum=1%30",
        $"https://qr.nspk.ru/{Id}?type=02&sum=+100",
        $"https://qr.nspk.ru/{Id}?type=02&sum=100#top",
        $"https://qr.nspk.ru/{Id}?type=02&sum=100 ",
        $" https://qr.nspk.ru/{Id}?type=02&sum=100",
        $"https://qr.nspk.ru:443/{Id}?type=02&sum=100",
        $"https://QR.nspk.ru/{Id}?type=02&sum=100",
        $"HTTPS://qr.nspk.ru/{Id}?type=02&sum=100",
        $"https://qr.nspk.ru/{Id}?type=02&sum=100&name=Иван",
        $"https://qr.nspk.ru/{Id}?type=02;sum=100",
        $"https://qr.nspk.ru/A%53{Id[2..]}?type=02&sum=100",
        $"https://qr.nspk.ru/./{Id}?type=02&sum=100",
        $"http://qr.nspk.ru/{Id}?type=02&sum=100",
        "https://qr.nspk.ru.evil/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&sum=100",
        "not a link",
        "",
    ];

    [TestCaseSource(nameof(Links))]
    public void Both_readings_agree(string link)
    {
        var general = NspkQrCode.TryParseUri(link, out var generalQr, out var generalError);
        var answer = NspkQrCode.TryParse(link, out var qr, out var error);

        Assert.That((answer, error, qr), Is.EqualTo((general, generalError, generalQr)));
    }

    [TestCase($"https://qr.nspk.ru/{Id}?type=02&bank=100000000001&sum=500000&cur=RUB&crc=F4AB", true)]
    [TestCase($"https://qr.nspk.ru/{Id}?TYPE=02&Sum=100", true)]
    [TestCase($"https://qr.nspk.ru/{Id}?type=03&sum=100", false)]
    [TestCase("https://qr.nspk.ru/AS100?type=02&sum=100", false)]
    public void Printed_links_are_answered_by_the_quick_reading(string link, bool valid)
    {
        Assert.That(NspkQrCode.TryParseCanonical(link, out _, out _), Is.EqualTo(valid));
    }

    [TestCase($"https://qr.nspk.ru/{Id}?type=02&sum=100&sum=200")]
    [TestCase($"https://qr.nspk.ru/{Id}?type=02&sum=1%30")]
    [TestCase($"https://qr.nspk.ru/{Id}/?type=02&sum=100")]
    [TestCase($"https://qr.nspk.ru:443/{Id}?type=02&sum=100")]
    [TestCase($"https://QR.NSPK.RU/{Id}?type=02&sum=100")]
    [TestCase($"https://qr.nspk.ru/{Id}?type=02&sum=100#top")]
    public void Unusual_links_are_left_to_the_general_reading(string link)
    {
        Assert.That(NspkQrCode.TryParseCanonical(link, out _, out _), Is.Null);
    }
}
