using Summarizer.Storage.Blobs;
using Summarizer.Core;

namespace Summarizer.Storage.Pipeline;

/// <summary>
/// Runs the pipeline over every article in the container (a sweep after an engine change, or for events that never
/// arrived). Two listings decide what is up to date, so a second run over unchanged articles reads no blob and writes
/// none. Safe beside the function app and beside another sweep: every write is conditional on the version read.
/// </summary>
public sealed class BackfillRunner(StoredArticlePipeline pipeline)
{
    /// <summary>
    /// The articles whose stored result is not up to date (no result, an older version's or another engine's, a
    /// degraded summary, a half-written one, leftovers beside it), from the same two listings as
    /// <see cref="RunAsync"/>: no request per article. What the sweep enqueues. Articles with invalid names are
    /// reported apart: no run could give them a result. When the summaries listing cannot be read, nothing can be
    /// judged stale and nothing is.
    /// </summary>
    public async Task<StaleArticles> FindStaleAsync(CancellationToken cancellationToken = default)
    {
        var listing = await ContainerListing.ReadAsync(pipeline, cancellationToken).ConfigureAwait(false);
        var stale = new List<ArticleSnapshot>();
        var invalid = new List<string>();
        foreach (var article in listing.Articles)
        {
            if (!BlobNames.TryValidate(article.Name, out _))
            {
                invalid.Add(article.Name);
            }
            else if (listing.OutputsOf(article.Name) is { } outputs && IsStale(pipeline.Decide(article, outputs)))
            {
                stale.Add(article);
            }
        }

        return new StaleArticles(listing.Articles.Count, stale) { InvalidNames = invalid, Problems = listing.Problems };
    }

    /// <summary>True when a run is needed: anything but a standing result with nothing left over (or a newer one).</summary>
    public static bool IsStale(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return !decision.IsSettled && decision.Step != NextStep.NewerVersionExists;
    }

    public async Task<BackfillCounts> RunAsync(int parallelism, IProgress<BackfillProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var listing = await ContainerListing.ReadAsync(pipeline, cancellationToken).ConfigureAwait(false);
        var tally = new BackfillTally();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(listing.Articles, parallel, async (article, ct) =>
        {
            PipelineResult result;
            bool unfinished;
            try
            {
                // Outputs the listing could not show are read per article.
                result = listing.OutputsOf(article.Name) is { } outputs
                    ? await pipeline.ProcessAsync(article, outputs, ct).ConfigureAwait(false)
                    : await pipeline.ProcessAsync(article.Name, ct).ConfigureAwait(false);

                // Still superseded after the pipeline's own turns (the article keeps changing): nothing up to date stands.
                unfinished = result.Outcome == PipelineOutcome.Superseded;
            }
            catch (SummarizerException ex)
            {
                // Transient for a host that retries; a sweep reports it and moves on, and the next sweep picks it up.
                result = new PipelineResult(article.Name, PipelineOutcome.Failed, ex.Code, ex.Message);
                unfinished = true;
            }

            lock (tally)
            {
                tally.Add(result, unfinished);
                progress?.Report(tally.Progress(listing.Articles.Count));
            }
        }).ConfigureAwait(false);

        return tally.ToCounts(listing.Articles.Count, listing.Problems);
    }
}
