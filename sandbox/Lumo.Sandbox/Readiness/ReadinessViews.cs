using System.Text.Json;
using System.Text.Json.Serialization;
using Lumo.Sandbox.Wire;

namespace Lumo.Sandbox.Readiness;

/// <summary>
/// One request or webhook delivery that shows a case or a warning. For a webhook, <c>method</c> is POST, <c>path</c>
/// the receiver's URL, <c>operationId</c> the event type, <c>status</c> the receiver's answer (0: none) and
/// <c>eventId</c> the event.
/// </summary>
internal sealed record ReadinessEvidence(DateTimeOffset At, string Method, string Path, string? OperationId, int Status, Guid? CompanyId, Guid? EventId);

/// <summary>A case and whether it was observed (<c>observed</c> or <c>missing</c>).</summary>
internal sealed record ReadinessCaseView(string Id, string Title, string Status, string Hint, IReadOnlyList<ReadinessEvidence> Evidence)
{
    public const string Observed = "observed";
    public const string Missing = "missing";

    [JsonIgnore]
    public bool IsObserved => Status == Observed;
}

/// <summary>A warning that was triggered.</summary>
internal sealed record ReadinessWarningView(string Id, string Title, string Hint, IReadOnlyList<ReadinessEvidence> Evidence);

/// <summary>GET /_sandbox/report (schema ReadinessReport).</summary>
internal sealed record ReadinessReportView(
    Guid? CompanyId,
    DateTimeOffset GeneratedAt,
    bool Ready,
    IReadOnlyList<ReadinessCaseView> Cases,
    IReadOnlyList<ReadinessWarningView> Warnings);

/// <summary>Source-generated JSON for the report, with the API's options.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    Converters = [typeof(UtcDateTimeConverter)],
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ReadinessReportView))]
internal sealed partial class ReadinessJsonContext : JsonSerializerContext;
