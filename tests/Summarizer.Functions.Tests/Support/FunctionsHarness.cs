using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summarizer.AI;
using Summarizer.Storage.Interactive;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Queueing;
using Summarizer.Storage.Blobs;
using Summarizer.Core;
using Summarizer.Core.Ingestion;
using Summarizer.Core.Links;
using Summarizer.Functions.Triggers;
using Summarizer.Links;
using Summarizer.Testing;

namespace Summarizer.Functions.Tests.Support;

/// <summary>The function classes wired to a pipeline over fresh Azurite containers, constructed as the host would.</summary>
internal sealed class FunctionsHarness(PipelineHarness pipeline, QueueClient queue)
{
    /// <summary>This harness's own request queue (the app's is summarize-requests; tests share one Azurite).</summary>
    public QueueClient Queue => queue;

    public SummarizeRequests Requests => new(queue);

    public SummarizeRequestFunction RequestFunction =>
        new(pipeline.Pipeline, NullLogger<SummarizeRequestFunction>.Instance);

    public ReconciliationSweep Sweep =>
        new(new BackfillRunner(pipeline.Pipeline), pipeline.Pipeline, Requests, NullLogger<ReconciliationSweep>.Instance);

    public SweepFunction SweepFunction => new(Sweep, NullLogger<SweepFunction>.Instance);

    /// <summary>Receives every request waiting on <see cref="Queue"/> (hidden for an hour), decoded, in name order.</summary>
    public Task<IReadOnlyList<SummarizeRequest>> ReceiveAllAsync() => QueuedRequests.ReceiveAllAsync(queue);

    public PipelineHarness Storage => pipeline;

    public CountingSummarizer Engine => pipeline.Engine;

    public ArticleTrigger Trigger => new(pipeline.Pipeline, NullLogger<ArticleTrigger>.Instance);

    /// <summary>The HTTP functions' storage: the harness's pipeline (the tests' fast-failing Azurite client).</summary>
    public InteractiveStorage Interactive => new(pipeline.Pipeline);

    public SummariesFunctions Summaries => new(Interactive);

    public ArticlesFunctions Articles => new(Interactive, Options.Create(pipeline.Options));

    public HealthFunction Health => new(Interactive);

    public SummarizeTextFunction SummarizeText => SummarizeTextWithin(ArticleTokenBudget.Unlimited);

    /// <summary>The summarise function as it runs with the Azure OpenAI engine, limited to <paramref name="maxArticleTokens"/>.</summary>
    public SummarizeTextFunction SummarizeTextWithin(int maxArticleTokens) =>
        SummarizeTextWithin(ArticleTokenBudget.Of(maxArticleTokens, Decoder));

    private ArticleDecoder Decoder => new(new IngestionOptions { MaxInputBytes = pipeline.Options.MaxInputBytes });

    private SummarizeTextFunction SummarizeTextWithin(ArticleTokenBudget budget) => new(
        new ArticleProcessor(Decoder, pipeline.Engine, pipeline.Clock),
        Options.Create(pipeline.Options),
        budget,
        new LinkInputs(new LinkFetcher(LinkPolicy.Default, pipeline.Clock, NullLogger<LinkFetcher>.Instance)));

    public static async Task<FunctionsHarness> CreateAsync(AzuriteFixture azurite, long maxInputBytes = IngestionOptions.DefaultMaxInputBytes)
    {
        var queue = new QueueServiceClient(azurite.ConnectionString).GetQueueClient("requests-" + Guid.NewGuid().ToString("N"));
        await queue.CreateAsync();
        return new(await PipelineHarness.CreateAsync(azurite, maxInputBytes), queue);
    }

    /// <summary>
    /// Storage that refuses every connection, behind the HTTP path's real client settings
    /// (<see cref="StorageClientProfiles.Interactive"/>: real retries, real delays).
    /// </summary>
    public static InteractiveStorage UnreachableStorage() =>
        new(Testing.UnreachableStorage.Pipeline(StorageClientProfiles.Interactive(), new CountingSummarizer()));

    public BlobClient ArticleBlob(string name) => pipeline.ArticlesContainer.GetBlobClient(name);
}
