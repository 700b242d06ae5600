using System.Net;
using System.Net.Sockets;
using Azure.Core;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summarizer.AI;
using Summarizer.Azure.Configuration;
using Summarizer.Azure.Pipeline;
using Summarizer.Azure.Storage;
using Summarizer.Core;
using Summarizer.Core.Ingestion;
using Summarizer.Functions.Functions;
using Summarizer.Testing;

namespace Summarizer.Functions.Tests.Support;

/// <summary>The function classes wired to a pipeline over fresh Azurite containers, constructed as the host would.</summary>
internal sealed class FunctionsHarness(PipelineHarness pipeline)
{
    public PipelineHarness Storage => pipeline;

    public CountingSummarizer Engine => pipeline.Engine;

    public ArticleTrigger Trigger => new(pipeline.Pipeline, NullLogger<ArticleTrigger>.Instance);

    public SummariesFunctions Summaries => new(pipeline.Pipeline);

    public ArticlesFunctions Articles => new(pipeline.Pipeline.Articles, Options.Create(pipeline.Options));

    public HealthFunction Health => new(pipeline.Pipeline);

    public SummarizeTextFunction SummarizeText => SummarizeTextWithin(ArticleTokenBudget.Unlimited);

    /// <summary>The summarise function as it runs with the Azure OpenAI engine, limited to <paramref name="maxArticleTokens"/>.</summary>
    public SummarizeTextFunction SummarizeTextWithin(int maxArticleTokens) =>
        SummarizeTextWithin(ArticleTokenBudget.Of(maxArticleTokens, Decoder));

    private ArticleDecoder Decoder => new(new IngestionOptions { MaxInputBytes = pipeline.Options.MaxInputBytes });

    private SummarizeTextFunction SummarizeTextWithin(ArticleTokenBudget budget) => new(
        new ArticleProcessor(Decoder, pipeline.Engine, pipeline.Clock),
        Options.Create(pipeline.Options),
        budget);

    public static async Task<FunctionsHarness> CreateAsync(AzuriteFixture azurite, long maxInputBytes = IngestionOptions.DefaultMaxInputBytes) =>
        new(await PipelineHarness.CreateAsync(azurite, maxInputBytes));

    /// <summary>A pipeline whose storage refuses every connection: any storage call would show as a 503.</summary>
    public static SummaryPipeline UnreachableStoragePipeline()
    {
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 0;
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var service = new BlobServiceClient(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            $"BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;", options);
        return new SummaryPipeline(
            new BlobArticleStore(service.GetBlobContainerClient("articles")),
            new BlobSummaryStore(service.GetBlobContainerClient("summaries")),
            new ArticleProcessor(new ArticleDecoder(), new CountingSummarizer(), TimeProvider.System),
            Options.Create(new SummarizerOptions()),
            TimeProvider.System,
            NullLogger<SummaryPipeline>.Instance);
    }

    public BlobClient ArticleBlob(string name) => pipeline.ArticlesContainer.GetBlobClient(name);
}
