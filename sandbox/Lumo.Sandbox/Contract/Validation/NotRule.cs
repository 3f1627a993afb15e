using System.Text.Json;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>not: the value must fail the inner schema.</summary>
internal sealed class NotRule(SchemaValidator excluded) : SchemaRule
{
    public override bool Check(JsonElement value, ref ValidationPath path, List<string>? errors)
    {
        if (!excluded.Check(value, ref path, null))
        {
            return true;
        }

        errors?.Add(path.Message(" must not match the excluded schema"));
        return false;
    }
}
