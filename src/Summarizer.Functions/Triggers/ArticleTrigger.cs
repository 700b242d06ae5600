using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Blobs;

namespace Summarizer.Functions.Triggers;

/// <summary>
/// Summarises each article written to the articles container (<c>Summarizer__ArticlesContainer</c>, which the host
/// resolves in the trigger's path, so the trigger and the pipeline read the same setting). Event Grid delivers the
/// blob-created event (the only blob trigger source the Flex Consumption plan supports); the binding hands over a
/// client, not the bytes, so the pipeline can check the size and version before it downloads anything.
/// </summary>
public sealed partial class ArticleTrigger(StoredArticlePipeline pipeline, ILogger<ArticleTrigger> logger)
{
    [Function(nameof(SummarizeArticle))]
    public async Task SummarizeArticle(
        [BlobTrigger(BindingExpressions.ArticlePath, Source = BlobTriggerSource.EventGrid, Connection = StorageConnection.ArticlesStorage)] BlobClient blob,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        // Permanent failures come back as a result (an error record is already written); transient ones (storage or
        // engine unavailable) throw a transient SummarizerException, so the host retries and finally poisons the event.
        var result = await pipeline.ProcessAsync(blob.Name, cancellationToken).ConfigureAwait(false);
        LogResult(logger, blob.Name, result.Outcome, result.ErrorCode ?? "none");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {BlobName}: {Outcome} (error {ErrorCode})")]
    private static partial void LogResult(ILogger logger, string blobName, PipelineOutcome outcome, string errorCode);
}
