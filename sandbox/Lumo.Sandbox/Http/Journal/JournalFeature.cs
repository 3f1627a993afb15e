namespace Lumo.Sandbox.Http.Journal;

/// <summary>What the pipeline learns about a request (operation, company, body) for its journal entry.</summary>
internal sealed class JournalFeature
{
    // Set for journaled requests. The feature itself is the state of the response's OnStarting callback, so a
    // request allocates no closure or delegate for recording it.
    private JournalMiddleware? _journal;
    private long _started;

    public string? OperationId { get; set; }

    public Guid? CompanyId { get; set; }

    public string? Body { get; set; }

    /// <summary>The handler's answer (a view record), when one was sent: the readiness report reads what the client saw.</summary>
    public object? Answer { get; set; }

    /// <summary>The error body's message, when the answer was an error.</summary>
    public string? ErrorMessage { get; set; }

    /// <summary>True once the request is in the journal (when its response started).</summary>
    public bool Recorded { get; set; }

    /// <summary>The request's headers as the journal keeps them (journaled requests only), copied as the request came in.</summary>
    public KeyValuePair<string, string>[]? Headers { get; set; }

    /// <summary>The size of the request's headers, when <see cref="Headers"/> were copied.</summary>
    public int? HeaderBytes { get; set; }

    /// <summary>The request, when it is journaled.</summary>
    public HttpContext? Http { get; private set; }

    /// <summary>Makes the request journaled: <see cref="RecordNow"/> records it in <paramref name="journal"/>.</summary>
    public void JournalWith(JournalMiddleware journal, HttpContext http, long started) => (_journal, Http, _started) = (journal, http, started);

    /// <summary>Records the request now with the given status (journaled requests only; once).</summary>
    public void RecordNow(int status) => _journal?.Record(Http!, this, _started, status);
}
