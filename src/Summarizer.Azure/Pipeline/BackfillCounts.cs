namespace Summarizer.Azure.Pipeline;

/// <summary>The totals of a backfill: articles summarised now, already up to date (or changed/removed meanwhile), and failed.</summary>
public sealed record BackfillCounts(int Total, int Summarized, int Skipped, int Failed, IReadOnlyList<PipelineResult> Failures);
