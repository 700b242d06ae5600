using Summarizer.Azure.Storage;
using Summarizer.Core;

namespace Summarizer.Azure.Pipeline;

/// <summary>
/// Runs the pipeline over every article in the container (a sweep after an engine change, or for events that never
/// arrived). Two listings decide what is up to date, so a second run over unchanged articles reads no blob and writes
/// none. Safe beside the function app: every write is conditional.
/// </summary>
public sealed class BackfillRunner(SummaryPipeline pipeline)
{
    public async Task<BackfillCounts> RunAsync(int parallelism, IProgress<BackfillProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        IReadOnlyDictionary<string, SummarySnapshot> stored;
        var articles = new List<ArticleSnapshot>();
        try
        {
            stored = await pipeline.Summaries.ListAsync(cancellationToken).ConfigureAwait(false);
            await foreach (var article in pipeline.Articles.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                articles.Add(article);
            }
        }
        catch (global::Azure.RequestFailedException ex)
        {
            throw StorageFailure.Unavailable(ex);
        }

        var summarized = 0;
        var skipped = 0;
        var failed = 0;
        var failures = new List<PipelineResult>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(articles, parallel, async (article, ct) =>
        {
            PipelineResult result;
            try
            {
                result = await pipeline.ProcessAsync(article, stored.GetValueOrDefault(article.Name) ?? SummarySnapshot.Empty, ct).ConfigureAwait(false);
            }
            catch (SummarizerException ex)
            {
                // Transient for a host that retries; a sweep reports it and moves on, and the next sweep picks it up.
                result = new PipelineResult(article.Name, PipelineOutcome.Failed, ex.Code, ex.Message);
            }

            lock (failures)
            {
                if (result.IsFailure)
                {
                    failed++;
                    failures.Add(result);
                }
                else if (result.Outcome == PipelineOutcome.Summarized)
                {
                    summarized++;
                }
                else
                {
                    skipped++;
                }

                progress?.Report(new BackfillProgress(summarized + skipped + failed, articles.Count, summarized, skipped, failed));
            }
        }).ConfigureAwait(false);

        failures.Sort((a, b) => string.CompareOrdinal(a.ArticleName, b.ArticleName));
        return new BackfillCounts(articles.Count, summarized, skipped, failed, failures);
    }
}
