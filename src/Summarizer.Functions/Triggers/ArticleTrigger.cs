using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Blobs;

namespace Summarizer.Functions.Triggers;

/// <summary>
/// Summarises each article written to <c>articles</c>. Event Grid delivers the blob-created event (the only blob
/// trigger source the Flex Consumption plan supports); the binding hands over a client, not the bytes, so the
/// pipeline can check the size and version before it downloads anything.
/// </summary>
public sealed partial class ArticleTrigger(StoredArticlePipeline pipeline, ILogger<ArticleTrigger> logger)
{
    [Function(nameof(SummarizeArticle))]
    public async Task SummarizeArticle(
        [BlobTrigger("articles/{name}", Source = BlobTriggerSource.EventGrid, Connection = StorageConnection.ArticlesStorage)] BlobClient blob,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        if (!string.Equals(blob.BlobContainerName, pipeline.Articles.ContainerName, StringComparison.Ordinal))
        {
            // The trigger path is fixed at build time; a different Summarizer:ArticlesContainer would make every run
            // look for the article in the wrong place. Say so instead of reporting the article as missing.
            LogContainerMismatch(logger, blob.BlobContainerName, pipeline.Articles.ContainerName);
        }

        // Permanent failures come back as a result (an error record is already written); transient ones (storage or
        // engine unavailable) throw a transient SummarizerException, so the host retries and finally poisons the event.
        var result = await pipeline.ProcessAsync(blob.Name, cancellationToken).ConfigureAwait(false);
        LogResult(logger, blob.Name, result.Outcome, result.ErrorCode ?? "none");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Triggered by container {TriggerContainer} but Summarizer:ArticlesContainer is {ConfiguredContainer}")]
    private static partial void LogContainerMismatch(ILogger logger, string triggerContainer, string configuredContainer);

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {BlobName}: {Outcome} (error {ErrorCode})")]
    private static partial void LogResult(ILogger logger, string blobName, PipelineOutcome outcome, string errorCode);
}
