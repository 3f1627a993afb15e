using Lumo.Sandbox.Engine.Disputes;

namespace Lumo.Sandbox.Http.Control;

/// <summary>GET /_sandbox/disputes: disputes of every company, each with its companyId.</summary>
internal sealed record SandboxDisputeList(IReadOnlyList<DisputeView> Disputes);
