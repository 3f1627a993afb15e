namespace Lumo.Sandbox.Engine.Disputes;

internal enum DisputeTrigger
{
    /// <summary>Staff took the dispute up (submitted → in_review).</summary>
    Review,

    /// <summary>Decided with a resolution (refund, confirm or partial_refund); money may move back.</summary>
    Resolve,

    /// <summary>Turned down: nothing moves.</summary>
    Reject,
}
