namespace Lumo.Sandbox.Http.Journal;

/// <summary>
/// One request as the journal stores it: a value in the ring, so recording allocates nothing that outlives the
/// request; <see cref="JournalEntry"/> objects are made only when the journal is read.
/// </summary>
internal readonly record struct JournalRecord(
    DateTimeOffset Time,
    string Method,
    string Path,
    string Query,
    string? Body,
    int Status,
    double DurationMs,
    Guid? CompanyId,
    string? OperationId)
{
    public JournalEntry ToEntry() => new(Time, Method, Path, Query, Body, Status, DurationMs, CompanyId, OperationId);
}
