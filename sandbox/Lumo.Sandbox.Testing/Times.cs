namespace Lumo.Sandbox.Testing;

/// <summary>How many matching requests a verification expects: <see cref="Once"/>, <see cref="Never"/>, <see cref="AtLeast"/>, <see cref="Exactly"/>, <see cref="AtMost"/>.</summary>
public sealed class Times
{
    private readonly int _min;
    private readonly int _max;
    private readonly string _text;

    private Times(int min, int max, string text)
    {
        _min = min;
        _max = max;
        _text = text;
    }

    /// <summary>Exactly one.</summary>
    public static Times Once { get; } = new(1, 1, "exactly once");

    /// <summary>None at all.</summary>
    public static Times Never { get; } = new(0, 0, "never");

    /// <summary><paramref name="count"/> or more.</summary>
    public static Times AtLeast(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new(count, int.MaxValue, $"at least {count} time{(count == 1 ? "" : "s")}");
    }

    /// <summary><paramref name="count"/> or fewer.</summary>
    public static Times AtMost(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new(0, count, $"at most {count} time{(count == 1 ? "" : "s")}");
    }

    /// <summary>Exactly <paramref name="count"/>.</summary>
    public static Times Exactly(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new(count, count, $"exactly {count} time{(count == 1 ? "" : "s")}");
    }

    /// <summary>True when <paramref name="count"/> matching requests satisfy this expectation.</summary>
    public bool IsSatisfiedBy(int count) => count >= _min && count <= _max;

    /// <summary>E.g. "at least 2 times".</summary>
    public override string ToString() => _text;
}
