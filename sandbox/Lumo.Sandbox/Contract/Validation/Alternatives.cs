using System.Text.Json;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>Explains why no alternative of anyOf/oneOf matched.</summary>
internal static class Alternatives
{
    /// <summary>
    /// When exactly one alternative has the value's JSON type (string | string[] given [1]), its own
    /// messages say more than a generic one; otherwise the generic <paramref name="message"/> is written.
    /// </summary>
    public static void Explain(SchemaValidator[] alternatives, JsonElement value, ref ValidationPath path, List<string> errors, string message)
    {
        SchemaValidator? candidate = null;
        foreach (var alternative in alternatives)
        {
            if (alternative.DeclaresTypeOf(value.ValueKind))
            {
                if (candidate is not null)
                {
                    candidate = null;
                    break;
                }

                candidate = alternative;
            }
        }

        if (candidate is null || candidate.Check(value, ref path, errors))
        {
            errors.Add(path.Message(message));
        }
    }
}
