using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Summarizer.Azure.Storage;

namespace Summarizer.Functions.Hosting;

/// <summary>
/// Creates the two containers at start-up when missing (Azurite starts empty). In Azure the infrastructure creates
/// them; an identity without the right to create containers only gets a warning here.
/// </summary>
public sealed partial class ContainerInitializer(BlobArticleStore articles, BlobSummaryStore summaries, ILogger<ContainerInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await articles.CreateContainerIfMissingAsync(cancellationToken).ConfigureAwait(false);
            await summaries.CreateContainerIfMissingAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            LogCannotCreate(logger, ex.Status, ex.ErrorCode ?? "");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not create the storage containers ({Status} {ErrorCode}); they must exist already")]
    private static partial void LogCannotCreate(ILogger logger, int status, string errorCode);
}
