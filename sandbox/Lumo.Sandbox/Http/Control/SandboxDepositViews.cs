using Lumo.Sandbox.Engine.Deposits;

namespace Lumo.Sandbox.Http.Control;

/// <summary>GET /_sandbox/deposits: company deposits of every company, each with its companyId.</summary>
internal sealed record SandboxDepositList(IReadOnlyList<DepositView> Deposits);
