using System.Text.Json;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>One compiled keyword group of a schema (string, number, object, enum, allOf ...).</summary>
internal abstract class SchemaRule
{
    /// <summary>
    /// Checks <paramref name="value"/>. With <paramref name="errors"/> null the rule is probing
    /// (oneOf, anyOf, not): it writes nothing and may stop at the first failure.
    /// </summary>
    /// <returns>Whether the value satisfies the rule.</returns>
    public abstract bool Check(JsonElement value, ref ValidationPath path, List<string>? errors);
}
