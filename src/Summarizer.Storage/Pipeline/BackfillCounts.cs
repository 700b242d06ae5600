using Summarizer.Core;

namespace Summarizer.Storage.Pipeline;

/// <summary>
/// The totals of a backfill. Every article ends in one of: <see cref="Summarized"/> now, <see cref="Skipped"/> (already
/// up to date, or changed/removed meanwhile), failed now (<see cref="NewFailures"/>: an error record was written), failed
/// earlier (<see cref="EarlierFailures"/>: its current error record stands), <see cref="Unfinished"/> (no up-to-date
/// result: storage or engine unavailable, or the article kept changing), or <see cref="InvalidNames"/> (a name no
/// result can be stored under; nothing a run can do). <see cref="Degraded"/> counts the summaries among them that the
/// fallback engine wrote. <see cref="Failures"/> lists the new failures, the unfinished articles and the invalid
/// names, in name order.
/// </summary>
public sealed record BackfillCounts(
    int Total,
    int Summarized,
    int Skipped,
    int NewFailures,
    int EarlierFailures,
    int Unfinished,
    int InvalidNames,
    int Degraded,
    IReadOnlyList<PipelineResult> Failures)
{
    /// <summary>Listings that could not be read: what could be read was processed (see <see cref="ContainerListing"/>).</summary>
    public IReadOnlyList<SummarizerException> ListingProblems { get; init; } = [];

    /// <summary>Articles whose current result is an error record, new or earlier.</summary>
    public int Failed => NewFailures + EarlierFailures;

    /// <summary>
    /// True when every listed article that can hold a result ended with an up-to-date one (a summary or a current error
    /// record) and both listings were read whole. Articles with invalid names do not count against it.
    /// </summary>
    public bool AllUpToDate => Unfinished == 0 && ListingProblems.Count == 0;
}
