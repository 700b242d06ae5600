using Azure.Storage.Blobs.Models;
using Summarizer.Azure.Pipeline;
using Summarizer.Core;
using Summarizer.Testing;

namespace Summarizer.Azure.Tests.Pipeline;

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
