using Azure;
using Summarizer.Storage.Pipeline;

namespace Summarizer.Storage.Queueing;

/// <summary>
/// Works one <see cref="SummarizeRequest"/>. A result already stored for the requested version ends it after one
/// listing; a request for a version the article no longer has ends at the article's read (the newer version has its
/// own event, and the next sweep catches it if that was lost); otherwise the pipeline runs as for any trigger.
/// Transient failures throw, so the queue's retries and poison queue take over; permanent ones end as error records.
/// </summary>
public sealed class SummarizeRequestHandler(StoredArticlePipeline pipeline)
{
    /// <summary>Brings the requested article's result up to date, unless the request is for a superseded version.</summary>
    public Task<PipelineResult> HandleAsync(SummarizeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return pipeline.ProcessAsync(request.Name, new ETag(request.Version), cancellationToken);
    }
}
