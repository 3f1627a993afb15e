using System.Text.Json.Serialization;
using Lumo.Sandbox.Scenarios.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Lumo.Sandbox.Scenarios;

/// <summary>
/// An HTTP-level fault. Order of effects for the engine: wait <see cref="Delay"/> (wall clock), handle the request
/// only if <see cref="AfterHandling"/> or no <see cref="Status"/>/<see cref="DropConnection"/> replaces it,
/// then drop the connection, or answer <see cref="Status"/>, or answer normally.
/// </summary>
internal sealed record FaultSpec
{
    /// <summary>Answer this status with the error shape; null: the normal answer.</summary>
    public int? Status { get; init; }

    /// <summary>The error body's message; defaults to the status code's reason phrase when a status is set.</summary>
    public string? Message
    {
        // Computed on read, because the default depends on Status and init order is the caller's.
        get => field ?? (Status is int status ? ReasonPhrases.GetReasonPhrase(status) : null);
        init;
    }

    /// <summary>Adds a Retry-After header of this many whole seconds.</summary>
    [JsonPropertyName("retryAfterSeconds")]
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Wall-clock delay of the response, even with a virtual clock.</summary>
    [JsonPropertyName("delayMs")]
    [JsonConverter(typeof(MillisecondsConverter))]
    public TimeSpan Delay { get; init; } = TimeSpan.Zero;

    public bool DropConnection { get; init; }

    /// <summary>True: handle the request (state changes), then apply the fault to the response.</summary>
    public bool AfterHandling { get; init; }

    /// <summary>Apply to this many matching calls, then stop; null: unlimited (1 with nthCall).</summary>
    public int? Times { get; init; }

    // Equality compares what readers see, so a fault with the default message equals one that spells it out.
    public bool Equals(FaultSpec? other) =>
        other is not null
        && Status == other.Status
        && Message == other.Message
        && RetryAfter == other.RetryAfter
        && Delay == other.Delay
        && DropConnection == other.DropConnection
        && AfterHandling == other.AfterHandling
        && Times == other.Times;

    public override int GetHashCode() => HashCode.Combine(Status, Message, RetryAfter, Delay, DropConnection, AfterHandling, Times);
}
