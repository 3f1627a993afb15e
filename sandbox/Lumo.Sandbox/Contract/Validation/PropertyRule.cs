using System.Text;

namespace Lumo.Sandbox.Contract.Validation;

/// <summary>A declared property: its name (also as UTF-8, to match JSON names without allocating) and its schema.</summary>
internal sealed class PropertyRule(string name, SchemaValidator? schema, bool required)
{
    public string Name { get; } = name;

    public byte[] Utf8Name { get; } = Encoding.UTF8.GetBytes(name);

    /// <summary>Null for a name that is only listed in <c>required</c>.</summary>
    public SchemaValidator? Schema { get; } = schema;

    public bool Required { get; } = required;
}
