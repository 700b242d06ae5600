using Azure.Storage.Blobs.Models;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Blobs;
using Summarizer.Core;
using Summarizer.Testing;

namespace Summarizer.Storage.Tests.Pipeline;

[Collection(AzuriteCollection.Name)]
public sealed class BackfillRunnerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RunAsync_MixedContainer_SummarisesNewSkipsCurrentAndCountsFailures()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        for (var i = 0; i < 12; i++)
        {
            await harness.UploadAsync($"batch/{i:D2}.txt", i % 2 == 0 ? TestArticles.Harbour : TestArticles.Library);
        }

        await harness.Pipeline.ProcessAsync("batch/00.txt");
        await harness.UploadAsync("batch/broken.txt", TestArticles.InvalidUtf8);
        var reports = new List<BackfillProgress>();

        var counts = await new BackfillRunner(harness.Pipeline).RunAsync(4, new SynchronousProgress(reports.Add));

        Assert.Equal((13, 11, 1, 1), (counts.Total, counts.Summarized, counts.Skipped, counts.Failed));
        Assert.Equal("batch/broken.txt", Assert.Single(counts.Failures).ArticleName);
        Assert.Equal(ErrorCodes.InvalidEncoding, counts.Failures[0].ErrorCode);
        Assert.Equal(13, reports.Count);
        Assert.Equal(13, reports[^1].Done);
        Assert.Equal(12, harness.Engine.Calls);
    }

    [Fact]
    public async Task RunAsync_SecondRun_SkipsEverythingAndWritesNoBlob()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        for (var i = 0; i < 20; i++)
        {
            await harness.UploadAsync($"{i:D2}.md", TestArticles.Harbour + " Item " + i + ".");
        }

        await harness.UploadAsync("bad.txt", TestArticles.InvalidUtf8);
        var runner = new BackfillRunner(harness.Pipeline);
        await runner.RunAsync(4);
        var before = await ListVersionsAsync(harness);
        var callsBefore = harness.Engine.Calls;

        var second = await runner.RunAsync(4);

        Assert.Equal((21, 0, 20, 1), (second.Total, second.Summarized, second.Skipped, second.Failed));
        Assert.Equal(callsBefore, harness.Engine.Calls);
        Assert.Equal(before, await ListVersionsAsync(harness));
    }

    [Fact]
    public async Task RunAsync_TwoSweepsAtOnce_PayACostlyEngineOncePerArticle()
    {
        var harness = await PipelineHarness.CreateAsync(azurite, costlyEngine: true);
        for (var i = 0; i < 8; i++)
        {
            await harness.UploadAsync($"{i:D2}.txt", TestArticles.Harbour + " Item " + i + ".");
        }

        // A slow engine keeps each article's claim held long enough for the other sweep to reach it.
        harness.Engine.BeforeSummarizeAsync = _ => Task.Delay(TimeSpan.FromMilliseconds(150));

        var both = await Task.WhenAll(
            Task.Run(() => new BackfillRunner(harness.Pipeline).RunAsync(4)),
            Task.Run(() => new BackfillRunner(harness.Pipeline).RunAsync(4)));

        Assert.Equal(8, harness.Engine.Calls);
        Assert.Equal(8, both[0].Summarized + both[1].Summarized);
        Assert.Equal(8, both[0].Skipped + both[1].Skipped);
        Assert.All(both, counts => Assert.True(counts.AllUpToDate));
        var names = await harness.SummaryBlobNamesAsync();
        Assert.Equal(16, names.Count);
        Assert.DoesNotContain(names, n => n.EndsWith(".claim", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_MarkdownMissing_RendersItFromStoredJsonWithoutEngineCall()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("harbour.txt", TestArticles.Harbour);
        var runner = new BackfillRunner(harness.Pipeline);
        await runner.RunAsync(2);
        var markdown = harness.SummariesContainer.GetBlobClient("harbour.txt.md");
        var before = (await markdown.DownloadContentAsync()).Value.Content.ToString();
        await markdown.DeleteAsync();

        var counts = await runner.RunAsync(2);

        Assert.Equal(1, harness.Engine.Calls);
        Assert.Equal((0, 1), (counts.Summarized, counts.Skipped));
        Assert.Equal(before, (await markdown.DownloadContentAsync()).Value.Content.ToString());
        BlobProperties json = await harness.SummariesContainer.GetBlobClient("harbour.txt.json").GetPropertiesAsync();
        BlobProperties rendered = await markdown.GetPropertiesAsync();
        Assert.Equal(json.Metadata[SummaryMetadata.SourceETagKey], rendered.Metadata[SummaryMetadata.SourceETagKey]);
        Assert.Equal(json.Metadata[SummaryMetadata.FingerprintKey], rendered.Metadata[SummaryMetadata.FingerprintKey]);
        Assert.Equal(json.ETag.ToString().Trim('"'), rendered.Metadata[SummaryMetadata.ResultETagKey].Trim('"'));
        Assert.Equal(PipelineOutcome.UpToDate, (await harness.Pipeline.ProcessAsync("harbour.txt")).Outcome);
    }

    [Fact]
    public async Task RunAsync_FailuresNewAndEarlier_CountedApartAndAllUpToDate()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("old-bad.txt", TestArticles.InvalidUtf8);
        await harness.Pipeline.ProcessAsync("old-bad.txt");
        await harness.UploadAsync("new-bad.txt", TestArticles.InvalidUtf8);
        await harness.UploadAsync("good.txt", TestArticles.Library);

        var counts = await new BackfillRunner(harness.Pipeline).RunAsync(2);

        Assert.Equal((3, 1, 0, 1, 1, 0), (counts.Total, counts.Summarized, counts.Skipped, counts.NewFailures, counts.EarlierFailures, counts.Unfinished));
        Assert.True(counts.AllUpToDate);
        Assert.Equal("new-bad.txt", Assert.Single(counts.Failures).ArticleName);
    }

    [Fact]
    public async Task RunAsync_EngineUnavailable_CountsUnfinishedAndNotUpToDate()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("later.txt", TestArticles.Harbour);
        harness.Engine.BeforeSummarizeAsync = _ => throw new SummarizerException(ErrorCodes.EngineUnavailable, "Engine is down.", isTransient: true);

        var counts = await new BackfillRunner(harness.Pipeline).RunAsync(2);

        Assert.Equal((1, 0, 0), (counts.Unfinished, counts.Failed, counts.Summarized));
        Assert.False(counts.AllUpToDate);
        Assert.Equal(ErrorCodes.EngineUnavailable, Assert.Single(counts.Failures).ErrorCode);
        Assert.Empty(await harness.SummaryBlobNamesAsync());
    }

    private static async Task<Dictionary<string, string>> ListVersionsAsync(PipelineHarness harness)
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (BlobItem item in harness.SummariesContainer.GetBlobsAsync())
        {
            versions[item.Name] = item.Properties.ETag.ToString()!;
        }

        return versions;
    }

    // Progress<T> posts to the thread pool; the test wants every report before RunAsync returns.
    private sealed class SynchronousProgress(Action<BackfillProgress> report) : IProgress<BackfillProgress>
    {
        public void Report(BackfillProgress value) => report(value);
    }
}
