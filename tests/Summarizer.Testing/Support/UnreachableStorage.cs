using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summarizer.Storage.Configuration;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Blobs;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.Testing;

/// <summary>
/// Storage that refuses every connection (a loopback port nothing listens on), behind whichever client settings a test
/// names: the app's own profiles, so a test sees what a user would, retries included.
/// </summary>
public static class UnreachableStorage
{
    public static string ConnectionString() => AzuriteFixture.ConnectionStringFor(AzuriteFixture.FreePort());

    /// <summary>
    /// The background profile (the SDK's own six tries, exponential back-off, jitter) with its delays shortened to
    /// milliseconds, so a test sees the SDK's real failure shape (an aggregate of failed tries) without waiting 25 s.
    /// </summary>
    public static BlobClientOptions BackgroundWithShortDelays()
    {
        var options = StorageClientProfiles.Background();
        options.Retry.Delay = TimeSpan.FromMilliseconds(5);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(20);
        return options;
    }

    public static BlobServiceClient Client(BlobClientOptions options) => new(ConnectionString(), options);

    public static StoredArticlePipeline Pipeline(BlobClientOptions options, ISummarizer engine)
    {
        var service = Client(options);
        return new StoredArticlePipeline(
            new BlobArticleStore(service.GetBlobContainerClient("articles")),
            new BlobSummaryStore(service.GetBlobContainerClient("summaries")),
            new ArticleProcessor(new ArticleDecoder(), engine, TimeProvider.System),
            TestLinkFetchers.PublicOnly(),
            Options.Create(new SummarizerOptions()),
            TimeProvider.System,
            NullLogger<StoredArticlePipeline>.Instance);
    }
}
