using Lumo.Sandbox.Scenarios.Rules;

namespace Lumo.Sandbox.Http.Pipeline;

/// <summary>The behaviour of one operation: parse, call the engine, return a typed result.</summary>
internal delegate ValueTask<IResult> OperationHandler(OperationRequest request);

/// <summary>What scenario rules may match on for a request (for faults), when the operation offers more than its name.</summary>
internal delegate RuleFacts? FactsProvider(OperationRequest request);

/// <summary>
/// Checks of a request body that the document's schema cannot express (an NSPK link's parts), run with the schema's
/// so one 400 lists every problem: appends a message per problem, on a body whose schema check may have failed.
/// Returns what it read (the parsed link), which the handler gets as <see cref="OperationRequest.Checked"/>, so a
/// value is read once per request.
/// </summary>
internal delegate object? BodyCheck(System.Text.Json.JsonElement body, List<string> errors);

/// <summary>A handler and, optionally, how to describe its requests to the scenario's fault rules and how to check its body.</summary>
internal sealed record HandlerRegistration(OperationHandler Handler, FactsProvider? Facts, BodyCheck? Check = null);
