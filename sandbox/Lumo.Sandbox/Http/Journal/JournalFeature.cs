namespace Lumo.Sandbox.Http.Journal;

/// <summary>What the pipeline learns about a request (operation, company, body) for its journal entry.</summary>
internal sealed class JournalFeature
{
    public string? OperationId { get; set; }

    public Guid? CompanyId { get; set; }

    public string? Body { get; set; }

    /// <summary>The handler's answer (a view record), when one was sent: the readiness report reads what the client saw.</summary>
    public object? Answer { get; set; }

    /// <summary>The error body's message, when the answer was an error.</summary>
    public string? ErrorMessage { get; set; }

    /// <summary>True once the request is in the journal (when its response started).</summary>
    public bool Recorded { get; set; }

    /// <summary>Records the request now with the given status (journaled requests only; once).</summary>
    public Action<int>? RecordNow { get; set; }
}
