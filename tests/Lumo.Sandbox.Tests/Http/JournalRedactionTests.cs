using Lumo.Sandbox.Http.Journal;
using Microsoft.AspNetCore.Http;

namespace Lumo.Sandbox.Tests.Http;

/// <summary>
/// What the journal keeps of a request. Headers: every name in lower case, whatever case the client sent it in, and
/// every secret masked, the common names (looked up in a table) and the rest (lower-cased as they come) alike.
/// Bodies: a password or API key is masked whatever the case of its name; a body without one is kept as sent.
/// </summary>
public sealed class JournalRedactionTests
{
    [TestCase("""{"email":"a@b.c","password":"s3cret"}""", """{"email":"a@b.c","password":"[redacted]"}""")]
    [TestCase("""{"Password": "s3cret"}""", """{"Password": "[redacted]"}""")]
    [TestCase("""{"APIKEY":"lb2b_1","name":"x"}""", """{"APIKEY":"[redacted]","name":"x"}""")]
    [TestCase("""{"apiKey":"lb2b_1","password":"p"}""", """{"apiKey":"[redacted]","password":"[redacted]"}""")]
    public void A_secret_in_a_body_is_masked_in_any_case(string body, string kept)
    {
        Assert.That(Redaction.Body(body), Is.EqualTo(kept));
    }

    [Test]
    public void A_body_without_secrets_is_kept_as_sent()
    {
        const string body = """{"qrCode":"https://qr.nspk.ru/AS1?type=02&sum=100","externalOrderId":"pass-word-api-1"}""";

        Assert.That(Redaction.Body(body), Is.SameAs(body));
    }

    [TestCase("X-API-Key")]
    [TestCase("x-api-key")]
    [TestCase("X-Api-KEY")]
    [TestCase("Authorization")]
    [TestCase("AUTHORIZATION")]
    [TestCase("Cookie")]
    [TestCase("X-Sandbox-Admin-Token")]
    [TestCase("x-sandbox-admin-token")]
    public void A_secret_header_is_masked_in_any_case(string name)
    {
        var copy = Copy((name, "lb2b_secret"));

        Assert.That(copy, Is.EqualTo(new[] { KeyValuePair.Create(name.ToLowerInvariant(), Redaction.Mask) }));
    }

    [Test]
    public void Names_are_lower_cased_and_other_values_kept()
    {
        var copy = Copy(("Host", "127.0.0.1:5000"), ("IDEMPOTENCY-KEY", "k-1"), ("X-Trace-Of-My-Own", "Abc"), ("accept", "*/*"));

        Assert.That(copy, Is.EquivalentTo(new[]
        {
            KeyValuePair.Create("host", "127.0.0.1:5000"),
            KeyValuePair.Create("idempotency-key", "k-1"),
            KeyValuePair.Create("x-trace-of-my-own", "Abc"),
            KeyValuePair.Create("accept", "*/*"),
        }));
    }

    [Test]
    public void A_header_sent_twice_keeps_both_values()
    {
        var headers = new HeaderDictionary { ["Accept"] = new(["application/json", "text/plain"]) };

        Assert.That(Redaction.Headers(headers, out _), Is.EqualTo(new[] { KeyValuePair.Create("accept", "application/json,text/plain") }));
    }

    [Test]
    public void Requests_with_equal_headers_share_one_copy_and_a_difference_gets_its_own()
    {
        var first = Copy(("Host", "h"), ("X-API-Key", "k1"), ("Accept", "*/*"));
        var same = Copy(("Host", "h"), ("X-API-Key", "k2"), ("Accept", "*/*")); // the key differs, but both are masked
        var other = Copy(("Host", "h"), ("X-API-Key", "k1"), ("Accept", "text/plain"));
        var fewer = Copy(("Host", "h"), ("X-API-Key", "k1"));

        Assert.That(same, Is.SameAs(first));
        Assert.That(other, Is.Not.SameAs(first));
        Assert.That(other, Is.EqualTo(new[] { KeyValuePair.Create("host", "h"), KeyValuePair.Create("x-api-key", Redaction.Mask), KeyValuePair.Create("accept", "text/plain") }));
        Assert.That(first, Is.EqualTo(new[] { KeyValuePair.Create("host", "h"), KeyValuePair.Create("x-api-key", Redaction.Mask), KeyValuePair.Create("accept", "*/*") }), "a shared copy is never changed");
        Assert.That(fewer, Is.EqualTo(new[] { KeyValuePair.Create("host", "h"), KeyValuePair.Create("x-api-key", Redaction.Mask) }));
        Assert.That(Copy(), Is.Empty);
    }

    private static KeyValuePair<string, string>[] Copy(params (string Name, string Value)[] sent)
    {
        var headers = new HeaderDictionary();
        foreach (var (name, value) in sent)
        {
            headers[name] = value;
        }

        return Redaction.Headers(headers, out _);
    }
}
