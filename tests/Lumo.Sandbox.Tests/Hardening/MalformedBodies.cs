using System.Text;

namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>Request bodies that no JSON parser may accept: each is a defect whatever the operation.</summary>
internal static class MalformedBodies
{
    private static readonly string[] BrokenJson =
    [
        "{\"qrCode\": \"https://qr.nspk.ru/x\", \"externalOrderId\": ",
        "{\"reason\": \"x\"} trailing",
        "{\"reason\": \"x\"}}",
        "{\"seconds\": NaN}",
        "{\"seconds\": Infinity}",
        "{\"amountUsdt\": -Infinity}",
        "{/* comment */ \"reason\": \"x\"}",
        "{\"reason\": \"x\" // comment\n}",
        "{'reason': 'x'}",
        "{reason: \"x\"}",
        "{\"reason\": \"x\",}",
        "[1, 2,]",
        "{",
        "}",
        "\"unterminated",
        "{\"a\":01}",
        "{\"a\": tru}",
        "{\"a\": \"\u0001\"}",
        "{\"a\" \"b\"}",
        "nul",
        "{\"a\":1}{\"b\":2}",
        "\uFEFF\uFEFF{}",
        "{\"a\": \"\\x41\"}",
        "{\"a\": .5}",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0x7B, 0x22, 0x72, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0x22, 0x7D],             // {"r":"\xff\xfe"}
        [0x7B, 0x22, 0x72, 0x22, 0x3A, 0x22, 0xC0, 0xAF, 0x22, 0x7D],             // overlong '/'
        [0x7B, 0x22, 0x72, 0x22, 0x3A, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x7D],       // an encoded surrogate
        [0x7B, 0x22, 0x72, 0x22, 0x3A, 0x22, 0xE2, 0x82, 0x22, 0x7D],             // truncated sequence
        [0x7B, 0x22, 0xF8, 0x88, 0x80, 0x80, 0x80, 0x22, 0x3A, 0x31, 0x7D],       // a 5-byte form as a key
        [0x80, 0x7B, 0x7D],                                                       // a lone continuation byte first
    ];

    private static readonly string[] WrongContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/json; charset=iso-8859-1", "application/json; charset=utf-16", "application/octet-stream", "json", "*/*",
    ];

    public static byte[] Broken(Random random) => Encoding.UTF8.GetBytes(BrokenJson[random.Next(BrokenJson.Length)]);

    public static byte[] NotUtf8(Random random) => InvalidUtf8[random.Next(InvalidUtf8.Length)];

    public static string WrongContentType(Random random) => WrongContentTypes[random.Next(WrongContentTypes.Length)];

    /// <summary>Arrays or objects nested 1000 deep (the limit is 64).</summary>
    public static byte[] Deep(Random random)
    {
        const int Depth = 1000;
        var objects = random.Next(2) == 0;
        var text = new StringBuilder();
        for (var i = 0; i < Depth; i++)
        {
            text.Append(objects ? "{\"a\":" : "[");
        }

        text.Append('1');
        for (var i = 0; i < Depth; i++)
        {
            text.Append(objects ? '}' : ']');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Well-formed JSON over the 1 MiB limit.</summary>
    public static byte[] OverLimit() => Encoding.UTF8.GetBytes("{\"reason\":\"" + new string('x', (1024 * 1024) + 10) + "\"}");
}
