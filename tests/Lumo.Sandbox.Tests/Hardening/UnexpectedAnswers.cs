using System.Collections.Concurrent;

namespace Lumo.Sandbox.Tests.Hardening;

/// <summary>Answers a run did not expect, counted, with the first few kept for the failure message.</summary>
internal sealed class UnexpectedAnswers
{
    private const int Kept = 20;
    private readonly ConcurrentQueue<string> _examples = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public string Examples => string.Join(Environment.NewLine, _examples);

    public void Add(string what)
    {
        if (Interlocked.Increment(ref _count) <= Kept)
        {
            _examples.Enqueue(what);
        }
    }
}
