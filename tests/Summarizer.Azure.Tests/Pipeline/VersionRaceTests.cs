using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summarizer.Azure.Pipeline;
using Summarizer.Azure.Storage;
using Summarizer.Core;
using Summarizer.Core.Ingestion;
using Summarizer.Testing;

namespace Summarizer.Azure.Tests.Pipeline;

/// <summary>
/// Runs for different versions of one article that finish in either order must leave the newest version's result and
/// nothing else. The engine is gated: the run for the first version is held inside it until the test lets it go.
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
    public async Task OldGoodRunFinishesAfterNewRefusal_LeavesOnlyNewErrorRecord(bool claims)
    {
        var harness = await PipelineHarness.CreateAsync(azurite, claims: claims);
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

        var (newer, oldResult, newResult) = await RaceAsync(harness, TestArticles.Library);

        Assert.Equal(ErrorCodes.EngineRefused, newResult.ErrorCode);
        Assert.Equal(ErrorCodes.EngineRefused, oldResult.ErrorCode); // it looked again and found the newer record
        Assert.Equal([Name + ".error.json"], await harness.SummaryBlobNamesAsync());
        await AssertSourceAsync(harness, Name + ".error.json", newer);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OldRefusedRunFinishesAfterNewSummary_LeavesOnlyNewSummary(bool claims)
    {
        var harness = await PipelineHarness.CreateAsync(azurite, claims: claims);
        harness.Engine.BeforeSummarizeAsync = async article =>
        {
            if (article.Text.Contains("harbour", StringComparison.Ordinal))
            {
                await HoldOldRunAsync();
                throw new SummarizerException(ErrorCodes.EngineRefused, "The engine refused this version.");
            }
        };

        var (newer, oldResult, newResult) = await RaceAsync(harness, TestArticles.Library);

        Assert.False(newResult.IsFailure);
        Assert.False(oldResult.IsFailure);
        Assert.Equal([Name + ".json", Name + ".md"], await harness.SummaryBlobNamesAsync());
        await AssertSourceAsync(harness, Name + ".json", newer);
        await AssertSourceAsync(harness, Name + ".md", newer);
    }

    [Fact]
    public async Task NewVersionFinishesBetweenOldRunsCheckAndWrite_OldRunTakesItsSummaryBack()
    {
        var harness = await PipelineHarness.CreateAsync(azurite, claims: false);
        harness.Engine.BeforeSummarizeAsync = article => article.Text.Contains("library", StringComparison.Ordinal)
            ? throw new SummarizerException(ErrorCodes.EngineRefused, "The engine refused this version.")
            : Task.CompletedTask;
        await harness.UploadAsync(Name, TestArticles.Harbour);
        ArticleSnapshot? newer = null;
        PipelineResult? newResult = null;

        // The old run's first summary write is held at the wire, after its version check passed, while the whole run
        // for a newer version happens: the narrowest window there is.
        var options = new BlobClientOptions();
        options.AddPolicy(new BeforeFirstPut(Name + ".json", async () =>
        {
            newer = await harness.UploadAsync(Name, TestArticles.Library);
            newResult = await harness.Pipeline.ProcessAsync(Name);
        }), HttpPipelinePosition.PerCall);
        var heldSummaries = new BlobServiceClient(azurite.ConnectionString, options).GetBlobContainerClient(harness.SummariesContainer.Name);
        var oldRun = new SummaryPipeline(harness.Pipeline.Articles, new BlobSummaryStore(heldSummaries),
            new ArticleProcessor(new ArticleDecoder(new IngestionOptions()), harness.Engine, harness.Clock),
            Options.Create(harness.Options), harness.Clock, NullLogger<SummaryPipeline>.Instance)
        {
            ClaimEngineWork = false,
        };

        var oldResult = await oldRun.ProcessAsync(Name);

        Assert.Equal(PipelineOutcome.Failed, newResult?.Outcome);
        Assert.Equal(ErrorCodes.EngineRefused, oldResult.ErrorCode); // it looked again and found the newer record
        Assert.Equal([Name + ".error.json"], await harness.SummaryBlobNamesAsync());
        await AssertSourceAsync(harness, Name + ".error.json", newer!);
    }

    [Fact]
    public async Task SweepOverStaleErrorBesideCurrentSummary_RemovesErrorRecordWithoutEngineCall()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync(Name, TestArticles.InvalidUtf8);
        await harness.Pipeline.ProcessAsync(Name);
        var staleError = await CopyAsync(harness, Name + ".error.json");
        await harness.UploadAsync(Name, TestArticles.Library);
        await harness.Pipeline.ProcessAsync(Name);
        await RestoreAsync(harness, Name + ".error.json", staleError); // as a late run for the first version would have left it
        var calls = harness.Engine.Calls;

        var counts = await new BackfillRunner(harness.Pipeline).RunAsync(2);

        Assert.Equal((1, 0, 0), (counts.Skipped, counts.Failed, counts.Unfinished));
        Assert.Equal(calls, harness.Engine.Calls);
        Assert.Equal([Name + ".json", Name + ".md"], await harness.SummaryBlobNamesAsync());
    }

    [Fact]
    public async Task ProcessAsync_StaleSummaryBesideCurrentErrorRecord_KeepsOnlyErrorRecord()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync(Name, TestArticles.Harbour);
        await harness.Pipeline.ProcessAsync(Name);
        var staleJson = await CopyAsync(harness, Name + ".json");
        var staleMarkdown = await CopyAsync(harness, Name + ".md");
        var broken = await harness.UploadAsync(Name, TestArticles.InvalidUtf8);
        await harness.Pipeline.ProcessAsync(Name);
        await RestoreAsync(harness, Name + ".json", staleJson);
        await RestoreAsync(harness, Name + ".md", staleMarkdown);

        var result = await harness.Pipeline.ProcessAsync(Name);

        Assert.Equal(PipelineOutcome.UpToDate, result.Outcome);
        Assert.Equal(ErrorCodes.InvalidEncoding, result.ErrorCode);
        Assert.Equal([Name + ".error.json"], await harness.SummaryBlobNamesAsync());
        await AssertSourceAsync(harness, Name + ".error.json", broken);
    }

    // Starts a run for the first version, uploads the second while the first is inside the engine, runs the second
    // (concurrently: with claims on it waits for the first), then lets the first finish last.
    private async Task<(ArticleSnapshot Newer, PipelineResult Old, PipelineResult New)> RaceAsync(PipelineHarness harness, string newerText)
    {
        await harness.UploadAsync(Name, TestArticles.Harbour);
        var oldRun = Task.Run(() => harness.Pipeline.ProcessAsync(Name));
        await _oldRunInEngine.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var newer = await harness.UploadAsync(Name, newerText);
        var newRun = Task.Run(() => harness.Pipeline.ProcessAsync(Name));
        if (!harness.Pipeline.ClaimEngineWork)
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

    private static async Task AssertSourceAsync(PipelineHarness harness, string blobName, ArticleSnapshot version)
    {
        BlobProperties properties = await harness.SummariesContainer.GetBlobClient(blobName).GetPropertiesAsync();
        Assert.Equal(version.ETag.ToString(), properties.Metadata[SummaryMetadata.SourceETagKey]);
    }

    private static async Task<(BinaryData Content, IDictionary<string, string> Metadata)> CopyAsync(PipelineHarness harness, string blobName)
    {
        BlobDownloadResult download = await harness.SummariesContainer.GetBlobClient(blobName).DownloadContentAsync();
        return (download.Content, download.Details.Metadata);
    }

    private static async Task RestoreAsync(PipelineHarness harness, string blobName, (BinaryData Content, IDictionary<string, string> Metadata) copy) =>
        await harness.SummariesContainer.GetBlobClient(blobName).UploadAsync(copy.Content, new BlobUploadOptions { Metadata = copy.Metadata });

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
