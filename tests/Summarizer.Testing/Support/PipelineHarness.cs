using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Storage.Configuration;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Blobs;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.Testing;

/// <summary>A pipeline over two fresh containers in Azurite, with a counting engine and a fake clock.</summary>
public sealed class PipelineHarness
{
    private PipelineHarness(BlobContainerClient articles, BlobContainerClient summaries, CountingSummarizer engine, StoredArticlePipeline pipeline, FakeTimeProvider clock)
    {
        Clock = clock;
        ArticlesContainer = articles;
        SummariesContainer = summaries;
        Engine = engine;
        Pipeline = pipeline;
    }

    public BlobContainerClient ArticlesContainer { get; }

    public BlobContainerClient SummariesContainer { get; }

    public CountingSummarizer Engine { get; }

    public StoredArticlePipeline Pipeline { get; }

    public FakeTimeProvider Clock { get; }

    public SummarizerOptions Options { get; private init; } = new();

    /// <summary>
    /// A harness over fresh containers. <paramref name="costlyEngine"/> runs the engine the way a model engine is run
    /// (behind the article's claim, see <see cref="ISummarizer.IsCostly"/>); <paramref name="requests"/> records every
    /// storage request, made with the app's own client settings; <paramref name="links"/> fetches link articles' pages
    /// (by default public addresses only, which nothing in a test is).
    /// </summary>
    public static async Task<PipelineHarness> CreateAsync(AzuriteFixture azurite, long maxInputBytes = IngestionOptions.DefaultMaxInputBytes,
        ISummarizer? engine = null, bool costlyEngine = false, StorageRequestLog? requests = null, Summarizer.Links.LinkFetcher? links = null)
    {
        var articles = await azurite.CreateContainerAsync("articles");
        var summaries = await azurite.CreateContainerAsync("summaries");
        if (requests is not null)
        {
            // The app's own client settings, with every request on the wire recorded.
            var clientOptions = StorageClientProfiles.Background();
            clientOptions.AddPolicy(requests, Azure.Core.HttpPipelinePosition.PerRetry);
            var service = new BlobServiceClient(azurite.ConnectionString, clientOptions);
            articles = service.GetBlobContainerClient(articles.Name);
            summaries = service.GetBlobContainerClient(summaries.Name);
        }

        var counting = new CountingSummarizer(engine ?? new ExtractiveSummarizer()) { Costly = costlyEngine ? true : null };
        var options = new SummarizerOptions { MaxInputBytes = maxInputBytes, ArticlesContainer = articles.Name, SummariesContainer = summaries.Name };
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var pipeline = new StoredArticlePipeline(
            new BlobArticleStore(articles),
            new BlobSummaryStore(summaries),
            new ArticleProcessor(new ArticleDecoder(new IngestionOptions { MaxInputBytes = maxInputBytes }), counting, clock),
            links ?? TestLinkFetchers.PublicOnly(),
            Microsoft.Extensions.Options.Options.Create(options),
            clock,
            NullLogger<StoredArticlePipeline>.Instance);
        return new PipelineHarness(articles, summaries, counting, pipeline, clock) { Options = options };
    }

    public async Task<ArticleSnapshot> UploadAsync(string name, string text, string contentType = "text/plain") =>
        await Pipeline.Articles.UploadAsync(name, TestArticles.Utf8(text), contentType);

    public async Task<ArticleSnapshot> UploadAsync(string name, BinaryData content, string contentType = "text/plain") =>
        await Pipeline.Articles.UploadAsync(name, content, contentType);

    /// <summary>Names of every blob in the summaries container, ordinal order.</summary>
    public async Task<IReadOnlyList<string>> SummaryBlobNamesAsync()
    {
        var names = new List<string>();
        await foreach (var item in SummariesContainer.GetBlobsAsync())
        {
            names.Add(item.Name);
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }
}
