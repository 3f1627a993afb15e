namespace Lumo.Sandbox.Testing;

/// <summary>How the platform resolves a dispute.</summary>
public enum DisputeResolution
{
    /// <summary><c>refund</c>: gives back what the order spent (nothing for a failed order).</summary>
    Refund,

    /// <summary><c>confirm</c>: the outcome stands; nothing is given back.</summary>
    Confirm,

    /// <summary><c>partial_refund</c>: gives back the refund amount.</summary>
    PartialRefund,
}
