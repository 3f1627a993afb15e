using Lumo.Sandbox.Http.Errors;
using Lumo.Sandbox.Http.Journal;
using Lumo.Sandbox.Http.Pipeline;
using Lumo.Sandbox.Scenarios.Rules;

namespace Lumo.Sandbox.Tests.Http;

/// <summary>
/// The journal's ring and the text buffer behind it: the newest entries come back exactly as recorded however
/// often the buffer wraps or grows, and at the text limit the oldest entries are forgotten, never garbled.
/// </summary>
public sealed class RequestJournalTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly JournalFilter All = new();

    [Test]
    public void Entries_come_back_newest_first_and_only_the_newest_capacity_are_kept()
    {
        var journal = new RequestJournal(3);
        for (var i = 1; i <= 5; i++)
        {
            journal.Record(Entry($"/orders/{i}", $"n={i}", $"{{\"i\":{i}}}"));
        }

        var found = journal.Find(All, 100);

        Assert.That(found.Select(e => (e.Path, e.Query, e.Body)), Is.EqualTo(new[]
        {
            ("/orders/5", "n=5", "{\"i\":5}"),
            ("/orders/4", "n=4", "{\"i\":4}"),
            ("/orders/3", "n=3", "{\"i\":3}"),
        }));
        Assert.That(journal.Count, Is.EqualTo(3));
    }

    [Test]
    public void No_body_an_empty_body_and_an_empty_query_are_kept_apart()
    {
        var journal = new RequestJournal(10);
        journal.Record(Entry("/a", string.Empty, null));
        journal.Record(Entry("/b", string.Empty, string.Empty));
        journal.Record(Entry(string.Empty, "q=1", "x"));

        var found = journal.Find(All, 10);

        Assert.That(found.Select(e => (e.Path, e.Query, e.Body)), Is.EqualTo(new (string, string, string?)[]
        {
            (string.Empty, "q=1", "x"),
            ("/b", string.Empty, string.Empty),
            ("/a", string.Empty, null),
        }));
    }

    [Test]
    public void The_fields_besides_the_text_come_back_as_recorded()
    {
        var journal = new RequestJournal(2);
        var company = Guid.Parse("7d1c2a55-0000-4000-8000-000000000001");
        KeyValuePair<string, string>[] headers = [new("x-api-key", "lb2b_****"), new("content-type", "application/json")];
        journal.Record(new JournalRecord(At, "POST", "/orders/prepare", string.Empty, "{}", 201, 1.25, company, "prepareOrder", headers));

        var entry = journal.Find(All, 1).Single();

        Assert.That((entry.Time, entry.Method, entry.Status, entry.DurationMs, entry.CompanyId, entry.OperationId), Is.EqualTo((At, "POST", 201, 1.25, (Guid?)company, "prepareOrder")));
        Assert.That(entry.Headers!["X-API-Key"], Is.EqualTo("lb2b_****"));
        Assert.That(entry.Headers.Count, Is.EqualTo(2));
    }

    // Texts of 0 to 60 characters into a 64-character buffer: it wraps, skips tails and grows, and after every
    // record the kept entries still read back exactly.
    [TestCase(1)]
    [TestCase(8)]
    [TestCase(50)]
    public void Kept_entries_read_back_exactly_while_the_buffer_wraps_and_grows(int capacity)
    {
        var journal = new RequestJournal(capacity, initialTextLength: 64, maxTextLength: JournalText.MaxEntryLength);
        var random = new Random(7);
        var recorded = new List<(string Path, string Query, string? Body)>();
        for (var i = 0; i < 2_000; i++)
        {
            var path = "/" + new string((char)('a' + (i % 26)), random.Next(0, 20));
            var query = random.Next(3) == 0 ? $"i={i}" : string.Empty;
            string? body = random.Next(4) == 0 ? null : new string((char)('A' + (i % 26)), random.Next(0, 40));
            journal.Record(Entry(path, query, body));
            recorded.Add((path, query, body));

            var expected = Enumerable.Reverse(recorded).Take(capacity).ToList();
            var found = journal.Find(All, int.MaxValue).Select(e => (e.Path, e.Query, e.Body)).ToList();
            Assert.That(found, Is.EqualTo(expected), $"after record {i}");
        }
    }

    [Test]
    public void A_text_longer_than_the_buffer_grows_it_and_older_entries_stay_intact()
    {
        var journal = new RequestJournal(4, initialTextLength: 64, maxTextLength: JournalText.MaxEntryLength);
        journal.Record(Entry("/small", string.Empty, "s"));
        var large = new string('x', 1_000);
        journal.Record(Entry("/large", string.Empty, large));

        var found = journal.Find(All, 10);

        Assert.That(found.Select(e => (e.Path, e.Body)), Is.EqualTo(new[] { ("/large", large), ("/small", "s") }));
    }

    // Two entries of half the limit each fill it exactly and are both kept; one character more and the oldest is
    // forgotten rather than overwritten.
    [Test]
    public void Entries_whose_text_fills_the_limit_exactly_are_all_kept()
    {
        const int limit = JournalText.MaxEntryLength;
        var journal = new RequestJournal(10, initialTextLength: limit, maxTextLength: limit);
        var first = new string('a', (limit / 2) - 2);
        var second = new string('b', (limit / 2) - 2);
        journal.Record(Entry("/1", string.Empty, first));
        journal.Record(Entry("/2", string.Empty, second));

        Assert.That(journal.Find(All, 10).Select(e => (e.Path, e.Body)), Is.EqualTo(new[] { ("/2", second), ("/1", first) }));
    }

    [Test]
    public void One_character_past_the_limit_forgets_the_oldest_entry()
    {
        const int limit = JournalText.MaxEntryLength;
        var journal = new RequestJournal(10, initialTextLength: limit, maxTextLength: limit);
        var first = new string('a', (limit / 2) - 2);
        var second = new string('b', (limit / 2) - 1);
        journal.Record(Entry("/1", string.Empty, first));
        journal.Record(Entry("/2", string.Empty, second));

        Assert.That(journal.Find(All, 10).Select(e => (e.Path, e.Body)), Is.EqualTo(new[] { ("/2", second) }));
        Assert.That(journal.Count, Is.EqualTo(1));
    }

    [Test]
    public void The_limit_holds_more_than_any_one_request()
    {
        Assert.That(RequestBodyReader.MaxBodyBytes + (2 * RequestHeadLimits.KestrelHeaderBytes) + RequestHeadLimits.KestrelRequestLineBytes, Is.LessThan(JournalText.MaxEntryLength));
        Assert.That(JournalText.MaxEntryLength, Is.LessThanOrEqualTo(JournalText.MaxLength));
    }

    [Test]
    public void Clear_forgets_everything_and_recording_starts_again()
    {
        var journal = new RequestJournal(3, initialTextLength: 64, maxTextLength: JournalText.MaxEntryLength);
        journal.Record(Entry("/before", string.Empty, new string('x', 500)));

        journal.Clear();
        Assert.That(journal.Find(All, 10), Is.Empty);
        journal.Record(Entry("/after", string.Empty, "y"));

        Assert.That(journal.Find(All, 10).Select(e => e.Path), Is.EqualTo(new[] { "/after" }));
        Assert.That(journal.Count, Is.EqualTo(1));
    }

    [Test]
    public void A_path_filter_matches_the_kept_path_and_the_limit_counts_matches()
    {
        var journal = new RequestJournal(10);
        journal.Record(Entry("/orders/1", string.Empty, null));
        journal.Record(Entry("/wallets/balance", string.Empty, null));
        journal.Record(Entry("/orders/2", string.Empty, null));
        journal.Record(Entry("/orders/3", string.Empty, null));

        var orders = journal.Find(new JournalFilter { Path = new Glob("/orders/*") }, 2);
        var exact = journal.Find(new JournalFilter { Path = new Glob("/orders/1") }, 10);

        Assert.That(orders.Select(e => e.Path), Is.EqualTo(new[] { "/orders/3", "/orders/2" }));
        Assert.That(exact.Select(e => e.Path), Is.EqualTo(new[] { "/orders/1" }));
    }

    private static JournalRecord Entry(string path, string query, string? body) =>
        new(At, "GET", path, query, body, 200, 0.5, null, null);
}
