using System.Text.Json;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>anyOf: at least one alternative matches.</summary>
internal sealed class AnyOfRule(SchemaValidator[] alternatives) : SchemaRule
{
    public override bool Check(JsonElement value, ref ValidationPath path, List<string>? errors)
    {
        foreach (var alternative in alternatives)
        {
            if (alternative.Check(value, ref path, null))
            {
                return true;
            }
        }

        if (errors is not null)
        {
            Alternatives.Explain(alternatives, value, ref path, errors, " must match at least one of the allowed schemas");
        }

        return false;
    }
}
