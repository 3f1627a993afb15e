namespace Lumo.Sandbox.Http.Journal;

/// <summary>What the pipeline learns about a request (operation, company, body) for its journal entry.</summary>
internal sealed class JournalFeature
{
    public string? OperationId { get; set; }

    public Guid? CompanyId { get; set; }

    public string? Body { get; set; }

    /// <summary>True once the request is in the journal (when its response started).</summary>
    public bool Recorded { get; set; }
}
