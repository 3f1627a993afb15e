using Lumo.Sandbox.Scenarios.Rules;

namespace Lumo.Sandbox.Tests.Scenarios;

public sealed class GlobTests
{
    [TestCase("fail-*", "fail-1", true)]
    [TestCase("fail-*", "fail-", true)]
    [TestCase("fail-*", "FAIL-1", false)]
    [TestCase("fail-*", "xfail-1", false)]
    [TestCase("*fraud*", "suspected fraud here", true)]
    [TestCase("*fraud*", "Fraud", false)]
    [TestCase("order-?", "order-7", true)]
    [TestCase("order-?", "order-", false)]
    [TestCase("order-?", "order-77", false)]
    [TestCase("exact", "exact", true)]
    [TestCase("exact", "exactly", false)]
    [TestCase("*", "", true)]
    [TestCase("**", "anything", true)]
    [TestCase("", "", true)]
    [TestCase("", "x", false)]
    [TestCase("a*b*c", "aXbYbZc", true)]
    [TestCase("a*b*c", "aXbYbZ", false)]
    [TestCase("*a", "*ba", true)]
    [TestCase("https://qr.nspk.ru/AS1*", "https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&sum=50000", true)]
    [TestCase("https://qr.nspk.ru/*?type=02*", "https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&sum=50000", true)]
    [TestCase("https://qr.nspk.ru/*?type=01*", "https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&sum=50000", false)]
    public void Matches_the_whole_string_case_sensitively(string pattern, string value, bool expected) =>
        Assert.That(new Glob(pattern).IsMatch(value), Is.EqualTo(expected));

    [Test]
    public void Null_never_matches() => Assert.That(new Glob("*").IsMatch(null), Is.False);

    [Test]
    public void Keeps_the_pattern_as_written() => Assert.That(new Glob("a**b").Pattern, Is.EqualTo("a**b"));

    [Test]
    [CancelAfter(30_000)]
    public async Task Pathological_patterns_stay_fast(CancellationToken cancellation)
    {
        var value = new string('a', 2048);
        var glob = new Glob(string.Concat(Enumerable.Repeat("*a", 40)) + "*b");

        // A backtracking matcher would take years here: NUnit cancels the wait, so the test fails instead of hanging.
        var matched = await Task.Run(() => glob.IsMatch(value), CancellationToken.None).WaitAsync(cancellation);

        Assert.That(matched, Is.False);
    }
}
