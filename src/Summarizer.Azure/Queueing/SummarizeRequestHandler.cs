using Azure;
using Summarizer.Azure.Pipeline;
using Summarizer.Azure.Storage;

namespace Summarizer.Azure.Queueing;

/// <summary>
/// Works one <see cref="SummarizeRequest"/>. A request for a version the article no longer has costs one metadata read
/// and ends there (the newer version has its own event, and the next sweep catches it if that was lost); otherwise the
/// pipeline runs, and it skips the engine when the result is already up to date. Transient failures throw, so the
/// queue's retries and poison queue take over; permanent ones end as error records, as for every other trigger.
/// </summary>
public sealed class SummarizeRequestHandler(SummaryPipeline pipeline)
{
    /// <summary>Brings the requested article's result up to date, unless the request is for a superseded version.</summary>
    public async Task<PipelineResult> HandleAsync(SummarizeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!BlobNames.TryValidate(request.Name, out _))
        {
            // The pipeline reports the name and stops; there is nothing to read.
            return await pipeline.ProcessAsync(request.Name, cancellationToken).ConfigureAwait(false);
        }

        var article = await pipeline.Articles.GetSnapshotAsync(request.Name, cancellationToken).ConfigureAwait(false);
        if (article is null)
        {
            return new PipelineResult(request.Name, PipelineOutcome.ArticleMissing);
        }

        if (article.ETag != ETags.Normalize(new ETag(request.Version)))
        {
            return new PipelineResult(request.Name, PipelineOutcome.Superseded);
        }

        var existing = await pipeline.Summaries.GetSnapshotAsync(BlobNames.For(request.Name), cancellationToken).ConfigureAwait(false);
        return await pipeline.ProcessAsync(article, existing, cancellationToken).ConfigureAwait(false);
    }
}
