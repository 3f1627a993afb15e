namespace Lumo.Sandbox.Engine.Support;

/// <summary>What a <see cref="NewestFirstBook{T, TStatus}"/> needs of its entries: an id, a creation sequence and a status.</summary>
internal interface IBookEntry<out TStatus>
    where TStatus : struct, Enum
{
    Guid Id { get; }

    /// <summary>Creation order within the sandbox (<see cref="SandboxEngine.NextSequence"/>); lists sort newest first by it.</summary>
    long Sequence { get; }

    TStatus Status { get; }
}
