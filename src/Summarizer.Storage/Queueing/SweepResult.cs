using Summarizer.Core;

namespace Summarizer.Storage.Queueing;

/// <summary>
/// What one sweep did: articles listed, how many of them were stale, how many requests it sent, how many articles have
/// names no result can be stored under (never sent), and listings it could not read.
/// </summary>
public sealed record SweepResult(int Listed, int Stale, int Enqueued, TimeSpan ListingTime, TimeSpan EnqueueTime)
{
    public int InvalidNames { get; init; }

    public IReadOnlyList<SummarizerException> Problems { get; init; } = [];
}
