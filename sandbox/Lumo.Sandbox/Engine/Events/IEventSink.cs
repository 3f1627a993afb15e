using Lumo.Sandbox.Engine.Companies;

namespace Lumo.Sandbox.Engine.Events;

/// <summary>
/// Receives the engine's domain events. Called under the company's lock, right after the change, so events of
/// one resource arrive in the order they happened; implementations only enqueue.
/// </summary>
internal interface IEventSink
{
    void Publish(CompanyState company, DomainEvent domainEvent);

    /// <summary>
    /// Waits (bounded) until the work <see cref="Publish"/> started outside the lock, such as webhook attempts,
    /// has finished, so the control API answers with a settled state. Sinks that only record return at once.
    /// </summary>
    Task SettleAsync() => Task.CompletedTask;
}
