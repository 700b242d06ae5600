using Azure;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Queueing;
using Summarizer.Storage.Blobs;
using Summarizer.Core;

namespace Summarizer.Functions.Triggers;

/// <summary>
/// Works the requests queue (<c>Summarizer__RequestsQueue</c>, <c>summarize-requests</c> by default), one article per
/// message, so the plan scales out with the backlog. A transient failure (storage or engine unavailable, throttling)
/// throws: the host makes the message visible again after <c>visibilityTimeout</c> and, after <c>maxDequeueCount</c>
/// tries (host.json), moves it to the queue of the same name plus <c>-poison</c>. A permanent failure is an error
/// record and the message is done. A message that is not a request also throws, so it ends in the poison queue where
/// someone can see it rather than vanish.
/// </summary>
public sealed partial class SummarizeRequestFunction(StoredArticlePipeline pipeline, ILogger<SummarizeRequestFunction> logger)
{
    [Function(nameof(SummarizeRequested))]
    public async Task SummarizeRequested(
        [QueueTrigger(BindingExpressions.RequestsQueue, Connection = StorageConnection.ArticlesStorage)] string message,
        CancellationToken cancellationToken)
    {
        SummarizeRequest request;
        try
        {
            request = SummarizeRequest.Parse(message);
        }
        catch (SummarizerException ex)
        {
            LogUnreadable(logger, ex.Message);
            throw;
        }

        // A result already stored for the requested version ends the run after one listing, and a request for a
        // version the article no longer has ends at the article's read: the newer version has its own event.
        var result = await pipeline.ProcessAsync(request.Name, new ETag(request.Version), cancellationToken).ConfigureAwait(false);
        LogResult(logger, request.Name, request.Version, result.Outcome, result.ErrorCode ?? "none");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unreadable summarize request (it will end in the poison queue): {Problem}")]
    private static partial void LogUnreadable(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Request for {BlobName} (version {Version}): {Outcome} (error {ErrorCode})")]
    private static partial void LogResult(ILogger logger, string blobName, string version, PipelineOutcome outcome, string errorCode);
}
