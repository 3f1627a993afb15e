using System.Text;

namespace Lumo.Sandbox.Scenarios.Validation;

/// <summary>Problems name places as JSON paths (<c>$.companies[0].email</c>), which people read more easily than
/// the JSON pointers (<c>/companies/0/email</c>) that schema evaluation reports.</summary>
internal static class ScenarioPath
{
    public const string Root = "$";

    public static string FromPointer(string pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        var path = Root;
        foreach (var escaped in pointer.Split('/').Skip(1))
        {
            var segment = escaped.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path = segment.Length > 0 && segment.All(char.IsAsciiDigit) ? $"{path}[{segment}]" : Property(path, segment);
        }

        return path;
    }

    public static string Item(string path, int index) => $"{path}[{index}]";

    public static string Property(string path, string name)
    {
        if (name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            return $"{path}.{name}";
        }

        var quoted = new StringBuilder(name.Length + 2);
        foreach (var c in name)
        {
            quoted.Append(c is '\'' or '\\' ? $"\\{c}" : c.ToString());
        }

        return $"{path}['{quoted}']";
    }
}
