namespace Lumo.Sandbox.Engine.Disputes;

/// <summary>The dispute statuses of the API; submitted and in_review are open (see <see cref="DisputeNames"/>).</summary>
internal enum DisputeStatus
{
    Submitted,
    InReview,
    Resolved,
    Rejected,
}
