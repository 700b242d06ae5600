using Summarizer.Core;

namespace Summarizer.Storage.Pipeline;

/// <summary>Adds up a backfill's results as they come in (the caller serialises <see cref="Add"/>).</summary>
internal sealed class BackfillTally
{
    private readonly List<PipelineResult> _problems = [];

    public int Summarized { get; private set; }

    public int Skipped { get; private set; }

    public int NewFailures { get; private set; }

    public int EarlierFailures { get; private set; }

    public int Unfinished { get; private set; }

    public int InvalidNames { get; private set; }

    public int Degraded { get; private set; }

    public int Done => Summarized + Skipped + NewFailures + EarlierFailures + Unfinished + InvalidNames;

    public BackfillProgress Progress(int total) =>
        new(Done, total, Summarized, Skipped, NewFailures + EarlierFailures + Unfinished + InvalidNames);

    /// <summary>Counts one article; <paramref name="unfinished"/> when no up-to-date result stands for it.</summary>
    public void Add(PipelineResult result, bool unfinished)
    {
        if (result.Degraded)
        {
            Degraded++;
        }

        if (result.Outcome == PipelineOutcome.Failed && result.ErrorCode == ErrorCodes.InvalidName)
        {
            InvalidNames++;
            _problems.Add(result);
        }
        else if (unfinished)
        {
            Unfinished++;
            _problems.Add(result.ErrorCode is null
                ? result with { ErrorCode = "superseded", ErrorMessage = "The article kept changing while it was processed; the next run picks it up." }
                : result);
        }
        else if (result.Outcome == PipelineOutcome.Failed)
        {
            NewFailures++;
            _problems.Add(result);
        }
        else if (result.IsFailure)
        {
            EarlierFailures++;
        }
        else if (result.Outcome == PipelineOutcome.Summarized)
        {
            Summarized++;
        }
        else
        {
            Skipped++;
        }
    }

    public BackfillCounts ToCounts(int total, IReadOnlyList<SummarizerException> listingProblems)
    {
        _problems.Sort((a, b) => string.CompareOrdinal(a.ArticleName, b.ArticleName));
        return new BackfillCounts(total, Summarized, Skipped, NewFailures, EarlierFailures, Unfinished, InvalidNames, Degraded, _problems)
        {
            ListingProblems = listingProblems,
        };
    }
}
