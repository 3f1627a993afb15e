using Lumo.Sandbox.Engine.Support;

namespace Lumo.Sandbox.Tests.Engine;

public sealed class NewestFirstBookTests
{
    private enum Color
    {
        Red,
        Blue,
    }

    [Test]
    public void Pages_are_newest_first_and_follow_status_changes_with_exact_totals()
    {
        var book = new NewestFirstBook<Entry, Color>();
        var entries = Enumerable.Range(1, 5).Select(i => new Entry(i)).ToList();
        entries.ForEach(book.Add);

        entries[1].Status = Color.Blue;
        book.StatusChanged(entries[1], Color.Red);
        entries[3].Status = Color.Blue;
        book.StatusChanged(entries[3], Color.Red);

        Assert.That(book.Page(null, 1, 2).Select(e => e.Sequence), Is.EqualTo(new[] { 4L, 3L }));
        Assert.That(book.Page(Color.Red, 0, 10).Select(e => e.Sequence), Is.EqualTo(new[] { 5L, 3L, 1L }));
        Assert.That(book.Page(Color.Blue, 1, 10).Select(e => e.Sequence), Is.EqualTo(new[] { 2L }));
        Assert.That(book.CountWith(Color.Red), Is.EqualTo(3));
        Assert.That(book.CountWith(Color.Blue), Is.EqualTo(2));
        Assert.That(book.CountWith(null), Is.EqualTo(5));
        Assert.That(book.Page(null, 5, 10), Is.Empty);
        Assert.That(book.TryGet(entries[2].Id, out var found) && ReferenceEquals(found, entries[2]), Is.True);
    }

    [Test]
    public void A_status_nobody_has_had_yet_is_an_empty_page()
    {
        var book = new NewestFirstBook<Entry, Color>();
        book.Add(new Entry(1));

        Assert.That(book.Page(Color.Blue, 0, 10), Is.Empty);
        Assert.That(book.CountWith(Color.Blue), Is.Zero);
    }

    private sealed class Entry(long sequence) : IBookEntry<Color>
    {
        public Guid Id { get; } = Guid.NewGuid();

        public long Sequence { get; } = sequence;

        public Color Status { get; set; }
    }
}
