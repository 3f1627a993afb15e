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

    /// <summary>The steps of a path made by this class: property names (strings) and array indexes (ints).</summary>
    public static IReadOnlyList<object> Steps(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var steps = new List<object>();
        var i = Root.Length;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] is not ('.' or '['))
                {
                    end++;
                }

                steps.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var name = new StringBuilder();
                i += 2;
                while (i < path.Length && !path.AsSpan(i).StartsWith("']"))
                {
                    name.Append(path[i] == '\\' && i + 1 < path.Length ? path[++i] : path[i]);
                    i++;
                }

                steps.Add(name.ToString());
                i += 2;
            }
            else
            {
                var end = path.IndexOf(']', i);
                steps.Add(int.Parse(path.AsSpan(i + 1, end - i - 1), System.Globalization.CultureInfo.InvariantCulture));
                i = end + 1;
            }
        }

        return steps;
    }

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
