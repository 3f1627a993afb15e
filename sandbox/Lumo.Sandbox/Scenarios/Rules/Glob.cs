namespace Lumo.Sandbox.Scenarios.Rules;

/// <summary>
/// A case-sensitive wildcard pattern over a whole string: <c>*</c> matches any run of characters (also none),
/// <c>?</c> exactly one; there is no escape, so QR links' literal <c>?</c> is matched by the wildcard itself.
/// A hand-written matcher rather than a Regex: no escaping pitfalls, no allocation, and linear for the usual
/// single-star patterns.
/// </summary>
internal sealed class Glob
{
    private readonly string _pattern;
    private readonly bool _hasWildcards;

    public Glob(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern;
        // Runs of stars mean the same as one star; collapsing them once keeps backtracking small.
        _pattern = CollapseStars(pattern);
        _hasWildcards = _pattern.AsSpan().IndexOfAny('*', '?') >= 0;
    }

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    public bool IsMatch(string? value)
    {
        if (value is null)
        {
            return false;
        }

        return IsMatch(value.AsSpan());
    }

    public bool IsMatch(ReadOnlySpan<char> value) =>
        _hasWildcards ? MatchWildcards(_pattern, value) : value.SequenceEqual(_pattern);

    public override string ToString() => Pattern;

    // Greedy two-pointer match that backtracks only to the last star: a later star can absorb whatever an
    // earlier one would have, so earlier stars never need revisiting.
    private static bool MatchWildcards(string pattern, ReadOnlySpan<char> value)
    {
        int p = 0, v = 0, star = -1, starValue = 0;
        while (v < value.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                starValue = v;
            }
            else if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == value[v]))
            {
                p++;
                v++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                v = ++starValue;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static string CollapseStars(string pattern)
    {
        if (!pattern.Contains("**", StringComparison.Ordinal))
        {
            return pattern;
        }

        var collapsed = new System.Text.StringBuilder(pattern.Length);
        foreach (var c in pattern)
        {
            if (c != '*' || collapsed.Length == 0 || collapsed[^1] != '*')
            {
                collapsed.Append(c);
            }
        }

        return collapsed.ToString();
    }
}
