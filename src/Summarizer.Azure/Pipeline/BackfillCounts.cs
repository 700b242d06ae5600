namespace Summarizer.Azure.Pipeline;

/// <summary>
/// The totals of a backfill. Every article ends in one of: <see cref="Summarized"/> now, <see cref="Skipped"/> (already
/// up to date, or changed/removed meanwhile), failed now (<see cref="NewFailures"/>: an error record was written), failed
/// earlier (<see cref="EarlierFailures"/>: its current error record stands), or <see cref="Unfinished"/> (no up-to-date
/// result: storage or engine unavailable, a name no result can be stored under). <see cref="Degraded"/> counts the
/// summaries among them that the fallback engine wrote. <see cref="Failures"/> lists the new failures and the
/// unfinished articles, in name order.
/// </summary>
public sealed record BackfillCounts(
    int Total,
    int Summarized,
    int Skipped,
    int NewFailures,
    int EarlierFailures,
    int Unfinished,
    int Degraded,
    IReadOnlyList<PipelineResult> Failures)
{
    /// <summary>Articles whose current result is an error record, new or earlier.</summary>
    public int Failed => NewFailures + EarlierFailures;

    /// <summary>True when every article ended with an up-to-date result (a summary or a current error record).</summary>
    public bool AllUpToDate => Unfinished == 0;
}
