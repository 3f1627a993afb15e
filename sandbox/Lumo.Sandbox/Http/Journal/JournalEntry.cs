namespace Lumo.Sandbox.Http.Journal;

/// <summary>One recorded request, as GET /_sandbox/requests shows it (API keys and passwords redacted).</summary>
internal sealed record JournalEntry(
    DateTimeOffset Time,
    string Method,
    string Path,
    string Query,
    string? Body,
    int Status,
    double DurationMs,
    Guid? CompanyId,
    string? OperationId,
    IReadOnlyDictionary<string, string>? Headers = null);

/// <summary>GET /_sandbox/requests.</summary>
internal sealed record JournalEntryList(IReadOnlyList<JournalEntry> Requests);
