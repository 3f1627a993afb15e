namespace Lumo.Sandbox.Testing;

/// <summary>An OpenAPI path template: <c>{name}</c> segments match any one non-empty segment, others match exactly.</summary>
internal sealed class PathTemplate(string template)
{
    private readonly string[] _segments = template.Split('/');

    public bool IsMatch(string path)
    {
        var segments = path.Split('/');
        if (segments.Length != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < segments.Length; i++)
        {
            var expected = _segments[i];
            var isParameter = expected.Length > 2 && expected[0] == '{' && expected[^1] == '}';
            if (isParameter ? segments[i].Length == 0 : !string.Equals(expected, segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
