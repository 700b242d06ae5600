namespace Summarizer.Storage.Pipeline;

/// <summary>Reported after each article of a backfill.</summary>
public readonly record struct BackfillProgress(int Done, int Total, int Summarized, int Skipped, int Failed);
