using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Blobs;
using Summarizer.Core;
using Summarizer.Core.Ingestion;
using Summarizer.Testing;

namespace Summarizer.Storage.Tests.Pipeline;

/// <summary>
/// Runs for different versions of one article that finish in either order must leave the newest version's result and
/// nothing else. The engine is gated: the run for the first version is held inside it until the test lets it go. With
/// a costly engine the runs go through the article's claim; with the embedded one they do not, and the conditional
/// write of the one result blob settles the race.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class VersionRaceTests(AzuriteFixture azurite)
{
    private const string Name = "story.txt";
    private readonly TaskCompletionSource _oldRunInEngine = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _releaseOldRun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OldGoodRunFinishesAfterNewRefusal_LeavesOnlyNewErrorRecord(bool costlyEngine)
    {
        var harness = await PipelineHarness.CreateAsync(azurite, costlyEngine: costlyEngine);
        harness.Engine.BeforeSummarizeAsync = async article =>
        {
            if (article.Text.Contains("harbour", StringComparison.Ordinal))
            {
                await HoldOldRunAsync();
            }
            else
            {
                throw new SummarizerException(ErrorCodes.EngineRefused, "The engine refused this version.");
            }
        };

        var (newer, _, newResult) = await RaceAsync(harness, TestArticles.Library);

        Assert.Equal(ErrorCodes.EngineRefused, newResult.ErrorCode);
        Assert.Equal([Name + ".json"], await harness.SummaryBlobNamesAsync());
        await AssertResultAsync(harness, newer, ErrorCodes.EngineRefused);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OldRefusedRunFinishesAfterNewSummary_LeavesOnlyNewSummary(bool costlyEngine)
    {
        var harness = await PipelineHarness.CreateAsync(azurite, costlyEngine: costlyEngine);
        harness.Engine.BeforeSummarizeAsync = async article =>
        {
            if (article.Text.Contains("harbour", StringComparison.Ordinal))
            {
                await HoldOldRunAsync();
                throw new SummarizerException(ErrorCodes.EngineRefused, "The engine refused this version.");
            }
        };

        var (newer, _, newResult) = await RaceAsync(harness, TestArticles.Library);

        Assert.False(newResult.IsFailure);
        Assert.Equal([Name + ".json", Name + ".md"], await harness.SummaryBlobNamesAsync());
        await AssertResultAsync(harness, newer, errorCode: null);
        BlobProperties markdown = await harness.SummariesContainer.GetBlobClient(Name + ".md").GetPropertiesAsync();
        Assert.Equal(newer.ETag.ToString(), markdown.Metadata[SummaryMetadata.SourceETagKey]);
    }

    [Fact]
    public async Task NewVersionFinishesBetweenOldRunsReadAndWrite_OldRunWritesNothing()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        harness.Engine.BeforeSummarizeAsync = article => article.Text.Contains("library", StringComparison.Ordinal)
            ? throw new SummarizerException(ErrorCodes.EngineRefused, "The engine refused this version.")
            : Task.CompletedTask;
        await harness.UploadAsync(Name, TestArticles.Harbour);
        ArticleSnapshot? newer = null;
        PipelineResult? newResult = null;

        // The old run's result write is held at the wire, after everything it read, while the whole run for a newer
        // version happens: the narrowest window there is.
        var options = new BlobClientOptions();
        options.AddPolicy(new BeforeFirstPut(Name + ".json", async () =>
        {
            newer = await harness.UploadAsync(Name, TestArticles.Library);
            newResult = await harness.Pipeline.ProcessAsync(Name);
        }), HttpPipelinePosition.PerCall);
        var heldSummaries = new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(harness.SummariesContainer.Name);
        var oldRun = new StoredArticlePipeline(harness.Pipeline.Articles, new BlobSummaryStore(heldSummaries),
            new ArticleProcessor(new ArticleDecoder(new IngestionOptions()), harness.Engine, harness.Clock), TestLinkFetchers.PublicOnly(),
            Options.Create(harness.Options), harness.Clock, NullLogger<StoredArticlePipeline>.Instance);

        var oldResult = await oldRun.ProcessAsync(Name);

        Assert.Equal(PipelineOutcome.Failed, newResult?.Outcome);
        Assert.Equal(PipelineOutcome.Superseded, oldResult.Outcome); // its write lost; it looked again and left the newer record
        Assert.Equal([Name + ".json"], await harness.SummaryBlobNamesAsync());
        await AssertResultAsync(harness, newer!, ErrorCodes.EngineRefused);
    }

    // Starts a run for the first version, uploads the second while the first is inside the engine, runs the second
    // (concurrently: with a costly engine it waits for the first's claim), then lets the first finish last.
    private async Task<(ArticleSnapshot Newer, PipelineResult Old, PipelineResult New)> RaceAsync(PipelineHarness harness, string newerText)
    {
        await harness.UploadAsync(Name, TestArticles.Harbour);
        var oldRun = Task.Run(() => harness.Pipeline.ProcessAsync(Name));
        await _oldRunInEngine.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var newer = await harness.UploadAsync(Name, newerText);
        var newRun = Task.Run(() => harness.Pipeline.ProcessAsync(Name));
        if (!harness.Engine.IsCostly)
        {
            await newRun.WaitAsync(TimeSpan.FromSeconds(30)); // the newer version's result is stored before the old run ends
        }

        _releaseOldRun.SetResult();
        var oldResult = await oldRun.WaitAsync(TimeSpan.FromSeconds(30));
        return (newer, oldResult, await newRun.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private async Task HoldOldRunAsync()
    {
        _oldRunInEngine.TrySetResult();
        await _releaseOldRun.Task;
    }

    // The one result blob is the newer version's: a summary, or its error record with the given code.
    private static async Task AssertResultAsync(PipelineHarness harness, ArticleSnapshot version, string? errorCode)
    {
        var blob = harness.SummariesContainer.GetBlobClient(Name + ".json");
        BlobProperties properties = await blob.GetPropertiesAsync();
        Assert.Equal(version.ETag.ToString(), properties.Metadata[SummaryMetadata.SourceETagKey]);
        using var body = JsonDocument.Parse((await blob.DownloadContentAsync()).Value.Content.ToMemory());
        var status = body.RootElement.GetProperty("status").GetString();
        Assert.Equal(errorCode is null ? "summarized" : "failed", status);
        if (errorCode is not null)
        {
            Assert.Equal(errorCode, body.RootElement.GetProperty("code").GetString());
        }
    }

    // Runs a step once, just before the first upload of one blob goes out.
    private sealed class BeforeFirstPut(string blobName, Func<Task> step) : HttpPipelinePolicy
    {
        private int _done;

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The pipeline is asynchronous.");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (message.Request.Method == RequestMethod.Put
                && message.Request.Uri.Path.EndsWith("/" + blobName, StringComparison.Ordinal)
                && Interlocked.Exchange(ref _done, 1) == 0)
            {
                await step();
            }

            await ProcessNextAsync(message, pipeline);
        }
    }
}
