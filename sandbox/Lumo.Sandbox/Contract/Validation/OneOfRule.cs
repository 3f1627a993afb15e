using System.Text.Json;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>oneOf: exactly one alternative matches.</summary>
internal sealed class OneOfRule(SchemaValidator[] alternatives) : SchemaRule
{
    private const string Message = " must match exactly one of the allowed schemas";

    public override bool Check(JsonElement value, ref ValidationPath path, List<string>? errors)
    {
        var matches = 0;
        foreach (var alternative in alternatives)
        {
            if (alternative.Check(value, ref path, null) && ++matches > 1)
            {
                break;
            }
        }

        if (matches == 1)
        {
            return true;
        }

        if (errors is not null)
        {
            if (matches == 0)
            {
                Alternatives.Explain(alternatives, value, ref path, errors, Message);
            }
            else
            {
                errors.Add(path.Message(Message));
            }
        }

        return false;
    }
}
