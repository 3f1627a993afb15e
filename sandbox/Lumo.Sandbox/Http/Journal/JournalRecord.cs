namespace Lumo.Sandbox.Http.Journal;

/// <summary>One request as the middleware hands it to the <see cref="RequestJournal"/>.</summary>
internal readonly record struct JournalRecord(
    DateTimeOffset Time,
    string Method,
    string Path,
    string Query,
    string? Body,
    int Status,
    double DurationMs,
    Guid? CompanyId,
    string? OperationId,
    KeyValuePair<string, string>[]? Headers = null);

/// <summary>
/// One request as the journal's ring keeps it: the fields that are values or shared strings as they are, and its
/// path, query and body as a place in the journal's <see cref="JournalText"/> (<c>BodyLength</c> is -1 for a
/// request without a body; an empty body is 0).
/// </summary>
internal readonly record struct JournalSlot(
    DateTimeOffset Time,
    string Method,
    int Status,
    double DurationMs,
    Guid? CompanyId,
    string? OperationId,
    KeyValuePair<string, string>[]? Headers,
    long TextStart,
    int PathLength,
    int QueryLength,
    int BodyLength)
{
    public JournalSlot(in JournalRecord entry, long textStart, int pathLength, int queryLength, int bodyLength)
        : this(entry.Time, entry.Method, entry.Status, entry.DurationMs, entry.CompanyId, entry.OperationId, entry.Headers, textStart, pathLength, queryLength, bodyLength)
    {
    }

    public int TextLength => PathLength + QueryLength + Math.Max(0, BodyLength);
}
