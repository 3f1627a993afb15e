namespace Lumo.Sandbox.Contract.Validation;

/// <summary>The OpenAPI 3.0 <c>type</c> keyword; <see cref="Any"/> when absent.</summary>
internal enum JsonType
{
    Any,
    String,
    Number,
    Integer,
    Boolean,
    Object,
    Array,
}
