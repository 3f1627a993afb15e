using Lumo.Sandbox.Scenarios.Rules;

namespace Lumo.Sandbox.Http.Pipeline;

/// <summary>The behaviour of one operation: parse, call the engine, return a typed result.</summary>
internal delegate ValueTask<IResult> OperationHandler(OperationRequest request);

/// <summary>What scenario rules may match on for a request (for faults), when the operation offers more than its name.</summary>
internal delegate RuleFacts? FactsProvider(OperationRequest request);

/// <summary>A handler and, optionally, how to describe its requests to the scenario's fault rules.</summary>
internal sealed record HandlerRegistration(OperationHandler Handler, FactsProvider? Facts);
