namespace Summarizer.Azure.Queueing;

/// <summary>What one sweep did: articles listed, how many of them were stale, and how many requests it sent.</summary>
public sealed record SweepResult(int Listed, int Stale, int Enqueued, TimeSpan ListingTime, TimeSpan EnqueueTime);
