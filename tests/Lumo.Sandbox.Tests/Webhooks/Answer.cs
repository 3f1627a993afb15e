namespace Lumo.Sandbox.Tests.Webhooks;

/// <summary>How a receiver answers one request: a status, or no answer at all until the test releases it.</summary>
internal sealed record Answer(int Status, bool Hang = false);
