namespace Lumo.Sandbox.Http.Pipeline;

/// <summary>operationId → handler. Each API area adds its own in a static <c>Map…</c> class.</summary>
internal sealed class HandlerRegistry
{
    private readonly Dictionary<string, HandlerRegistration> _handlers = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> OperationIds => _handlers.Keys;

    public HandlerRegistry Add(string operationId, OperationHandler handler, FactsProvider? facts = null, BodyCheck? check = null)
    {
        if (!_handlers.TryAdd(operationId, new HandlerRegistration(handler, facts, check)))
        {
            throw new InvalidOperationException($"Two handlers for operationId {operationId}");
        }

        return this;
    }

    /// <summary>A handler that answers without awaiting anything (most do: the engine is in memory).</summary>
    public HandlerRegistry Add(string operationId, Func<OperationRequest, IResult> handler, FactsProvider? facts = null, BodyCheck? check = null) =>
        Add(operationId, request => ValueTask.FromResult(handler(request)), facts, check);

    public HandlerRegistration? Find(string operationId) => _handlers.GetValueOrDefault(operationId);
}
