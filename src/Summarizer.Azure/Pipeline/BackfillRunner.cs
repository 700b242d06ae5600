using Summarizer.Azure.Storage;
using Summarizer.Core;

namespace Summarizer.Azure.Pipeline;

/// <summary>
/// Runs the pipeline over every article in the container (a sweep after an engine change, or for events that never
/// arrived). Two listings decide what is up to date, so a second run over unchanged articles reads no blob and writes
/// none. Safe beside the function app and beside another sweep: every write is conditional, and a run pays the engine
/// for an article only while it holds that article's claim (see <see cref="Storage.ArticleClaim"/>).
/// </summary>
public sealed class BackfillRunner(SummaryPipeline pipeline)
{
    /// <summary>
    /// The articles whose stored result is not up to date (no result, an older version's or another engine's, a
    /// degraded summary, a half-written one), from the same two listings as <see cref="RunAsync"/>: no request per
    /// article. What the sweep enqueues; the pipeline still checks each one again before it pays the engine.
    /// </summary>
    public async Task<StaleArticles> FindStaleAsync(CancellationToken cancellationToken = default)
    {
        var stored = await pipeline.Summaries.ListAsync(cancellationToken).ConfigureAwait(false);
        var fingerprint = pipeline.Fingerprint;
        var total = 0;
        var stale = new List<ArticleSnapshot>();
        await foreach (var article in pipeline.Articles.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            total++;
            if (!IsUpToDate(article, stored.GetValueOrDefault(article.Name) ?? SummarySnapshot.Empty, fingerprint))
            {
                stale.Add(article);
            }
        }

        return new StaleArticles(total, stale);
    }

    /// <summary>
    /// True when <paramref name="existing"/> is exactly one current result for this article version and engine: both
    /// renderings of its summary and no error record, or its error record and no summary. Anything else needs a run
    /// (which may cost no engine call: a missing rendering or a left-over record is fixed from storage).
    /// </summary>
    public static bool IsUpToDate(ArticleSnapshot article, SummarySnapshot existing, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(existing);
        return (existing.HasSummaryOf(article, fingerprint) && existing.Error is null)
            || (existing.HasErrorOf(article, fingerprint) && existing.Json is null && existing.Markdown is null);
    }

    public async Task<BackfillCounts> RunAsync(int parallelism, IProgress<BackfillProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        // The stores turn every storage failure into StorageFailure (storage_unavailable) themselves.
        var stored = await pipeline.Summaries.ListAsync(cancellationToken).ConfigureAwait(false);
        var articles = new List<ArticleSnapshot>();
        await foreach (var article in pipeline.Articles.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            articles.Add(article);
        }

        var tally = new Tally();
        var problems = new List<PipelineResult>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(articles, parallel, async (article, ct) =>
        {
            PipelineResult result;
            var unfinished = false;
            try
            {
                result = await pipeline.ProcessAsync(article, stored.GetValueOrDefault(article.Name) ?? SummarySnapshot.Empty, ct).ConfigureAwait(false);

                // Still superseded after the pipeline's own retries (the article keeps changing), or a name no result can
                // be stored under: nothing up to date stands for it.
                unfinished = result.Outcome == PipelineOutcome.Superseded
                    || (result.Outcome == PipelineOutcome.Failed && result.ErrorCode == ErrorCodes.InvalidName);
            }
            catch (SummarizerException ex)
            {
                // Transient for a host that retries; a sweep reports it and moves on, and the next sweep picks it up.
                result = new PipelineResult(article.Name, PipelineOutcome.Failed, ex.Code, ex.Message);
                unfinished = true;
            }

            lock (problems)
            {
                tally.Add(result, unfinished);
                if (unfinished || result.Outcome == PipelineOutcome.Failed)
                {
                    problems.Add(unfinished && result.ErrorCode is null
                        ? result with { ErrorCode = "superseded", ErrorMessage = "The article kept changing while it was processed; the next run picks it up." }
                        : result);
                }

                progress?.Report(new BackfillProgress(tally.Done, articles.Count, tally.Summarized, tally.Skipped, tally.NewFailures + tally.EarlierFailures + tally.Unfinished));
            }
        }).ConfigureAwait(false);

        problems.Sort((a, b) => string.CompareOrdinal(a.ArticleName, b.ArticleName));
        return new BackfillCounts(articles.Count, tally.Summarized, tally.Skipped, tally.NewFailures, tally.EarlierFailures,
            tally.Unfinished, tally.Degraded, problems);
    }

    private sealed class Tally
    {
        public int Summarized { get; private set; }

        public int Skipped { get; private set; }

        public int NewFailures { get; private set; }

        public int EarlierFailures { get; private set; }

        public int Unfinished { get; private set; }

        public int Degraded { get; private set; }

        public int Done => Summarized + Skipped + NewFailures + EarlierFailures + Unfinished;

        public void Add(PipelineResult result, bool unfinished)
        {
            if (result.Degraded)
            {
                Degraded++;
            }

            if (unfinished)
            {
                Unfinished++;
            }
            else if (result.Outcome == PipelineOutcome.Failed)
            {
                NewFailures++;
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
    }
}
