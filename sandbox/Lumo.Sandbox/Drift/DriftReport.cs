using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lumo.Sandbox.Drift;

/// <summary>
/// GET /_sandbox/drift and the drift command's JSON: where the upstream and the document disagree. Upstream is null
/// when the sandbox does not proxy; Calls counts calls forwarded (or probed) since Since, Conforming those whose
/// request and answer matched the document, Failed those the upstream did not answer (502/504); FindingsDropped
/// counts findings not kept because the report was full.
/// </summary>
internal sealed record DriftReport(
    string? Upstream,
    DateTimeOffset Since,
    long Calls,
    long Conforming,
    long Failed,
    long FindingsDropped,
    DriftFailure? LastFailure,
    IReadOnlyList<DriftOperation> Operations)
{
    [JsonIgnore]
    public int FindingCount => Operations.Sum(o => o.Findings.Count);
}

/// <summary>The calls of one operation (or of one path the document lacks: <paramref name="OperationId"/> null).</summary>
internal sealed record DriftOperation(
    string? OperationId,
    string Method,
    string PathTemplate,
    long Calls,
    long Conforming,
    long Failed,
    IReadOnlyList<DriftFinding> Findings);

/// <summary>
/// One kind of difference at one place, however often it was seen. Status is the upstream's status of the calls
/// that showed it; Path the JSON path of the value (<c>$.orders[0].amountUsdt</c>), <c>query.limit</c> for a
/// parameter, <c>$</c> for the whole message; Example the first call that showed it, redacted and cut to a few KB.
/// </summary>
internal sealed record DriftFinding(
    string Kind,
    int Status,
    string Path,
    string Expected,
    string Actual,
    long Count,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    string Example);

/// <summary>The last time the upstream could not be used.</summary>
internal sealed record DriftFailure(DateTimeOffset At, int Status, string Message);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(DriftReport))]
[JsonSerializable(typeof(string))]
internal sealed partial class DriftJsonContext : JsonSerializerContext;
