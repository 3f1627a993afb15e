using Lumo.Sandbox.Contract.Validation;
using Microsoft.OpenApi.Models;

namespace Lumo.Sandbox.Contract;

/// <summary>One operation of the document, with everything a request needs compiled once at start-up.</summary>
internal sealed record OperationDescriptor(
    string OperationId,
    string Method,
    string PathTemplate,
    OpenApiOperation Operation,
    OperationSecurity Security,
    RequestValidator Validator,
    int SuccessStatus,
    Lazy<string?> ExampleJson); // written when first asked for: only an operation without a handler answers with it
