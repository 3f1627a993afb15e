using System.Text.Json;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>allOf: every part applies, and every part's messages are reported (each once).</summary>
internal sealed class AllOfRule(SchemaValidator[] parts) : SchemaRule
{
    public override bool Check(JsonElement value, ref ValidationPath path, List<string>? errors)
    {
        var valid = true;
        var first = errors?.Count ?? 0;
        foreach (var part in parts)
        {
            valid &= part.Check(value, ref path, errors);
            if (!valid && errors is null)
            {
                return false;
            }
        }

        if (errors is not null && errors.Count - first > 1)
        {
            RemoveRepeats(errors, first);
        }

        return valid;
    }

    // Parts often share a type ("body must be an object" from each); one message per problem is enough.
    private static void RemoveRepeats(List<string> errors, int first)
    {
        for (var i = errors.Count - 1; i > first; i--)
        {
            if (errors.IndexOf(errors[i], first, i - first) >= 0)
            {
                errors.RemoveAt(i);
            }
        }
    }
}
