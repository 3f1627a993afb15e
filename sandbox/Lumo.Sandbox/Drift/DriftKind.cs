namespace Lumo.Sandbox.Drift;

/// <summary>The kinds of finding, as the drift report spells them.</summary>
internal static class DriftKind
{
    public const string RequestParameter = "request-parameter";
    public const string RequestBody = "request-body";
    public const string ResponseStatus = "response-status";
    public const string ResponseContentType = "response-content-type";
    public const string ResponseBody = "response-body";
    public const string UndocumentedProperty = "undocumented-property";
    public const string UndocumentedOperation = "undocumented-operation";
}

/// <summary>
/// One way a single call differed from the document; <see cref="DriftLog"/> merges equal ones into findings.
/// GroupPath is the path with array indexes as <c>[*]</c>: the same mismatch in every item is one finding.
/// </summary>
internal sealed record Mismatch(string Kind, string Path, string GroupPath, string Expected, string Actual);
