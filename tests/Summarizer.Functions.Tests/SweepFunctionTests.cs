using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Summarizer.Storage.Blobs;
using Summarizer.Functions.Tests.Support;
using Summarizer.Testing;

namespace Summarizer.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class SweepFunctionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SweepArticles_MixedContainer_EnqueuesExactlyTheArticlesWithoutAnUpToDateResultAtTheirVersion()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        foreach (var name in new[] { "current.txt", "changed.txt", "other-engine.txt", "degraded.txt", "failed-current.txt", "half.txt" })
        {
            await harness.Storage.UploadAsync(name, TestArticles.Harbour + " " + name);
            await harness.Storage.Pipeline.ProcessAsync(name);
        }

        await harness.Storage.UploadAsync("bad.txt", TestArticles.InvalidUtf8);
        await harness.Storage.Pipeline.ProcessAsync("bad.txt");
        var missing = await harness.Storage.UploadAsync("new.txt", TestArticles.Library);
        var changed = await harness.Storage.UploadAsync("changed.txt", TestArticles.Library + " Revised.");
        await SetMetadataAsync(harness.Storage.SummariesContainer, "other-engine.txt", SummaryMetadata.FingerprintKey, "extractive/v0");
        await SetMetadataAsync(harness.Storage.SummariesContainer, "degraded.txt", SummaryMetadata.DegradedKey, "true", fingerprint: "extractive-fallback/v1");
        await harness.Storage.SummariesContainer.GetBlobClient("half.txt.md").DeleteAsync();
        var enginesBefore = harness.Engine.Calls;

        await harness.SweepFunction.SweepArticles(new TimerInfo(), CancellationToken.None);

        var queued = await harness.ReceiveAllAsync();
        Assert.Equal(["changed.txt", "degraded.txt", "half.txt", "new.txt", "other-engine.txt"], queued.Select(r => r.Name));
        Assert.Equal(changed.ETag.ToString(), queued.Single(r => r.Name == "changed.txt").Version);
        Assert.Equal(missing.ETag.ToString(), queued.Single(r => r.Name == "new.txt").Version);
        Assert.Equal(enginesBefore, harness.Engine.Calls); // a sweep lists and sends; it never summarises
    }

    [Fact]
    public async Task SweepArticles_AnotherSweepHoldsTheLease_SendsNothing()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.Storage.UploadAsync("waiting.txt", TestArticles.Harbour);
        await using var other = await harness.Storage.Pipeline.Summaries.TryTakeSweepLeaseAsync();
        Assert.NotNull(other);

        await harness.SweepFunction.SweepArticles(new TimerInfo(), CancellationToken.None);

        Assert.Empty(await harness.ReceiveAllAsync());
    }

    [Fact]
    public async Task SweepArticles_AfterTheOtherSweepEnds_TakesTheLeaseAndSends()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.Storage.UploadAsync("waiting.txt", TestArticles.Harbour);
        var other = await harness.Storage.Pipeline.Summaries.TryTakeSweepLeaseAsync();
        Assert.NotNull(other);
        Assert.Null(await harness.Sweep.RunAsync());
        await other.DisposeAsync();

        var result = await harness.Sweep.RunAsync();

        Assert.Equal((1, 1, 1), (result!.Listed, result.Stale, result.Enqueued));
        Assert.Equal(["waiting.txt"], (await harness.ReceiveAllAsync()).Select(r => r.Name));
    }

    [Fact]
    public async Task SweepArticles_RunTwiceBeforeWorkersDrainTheQueue_SendsTheSameRequestsAgainHarmlessly()
    {
        // Sending is all a sweep does, so one that died part-way is finished by the next one; duplicates cost the
        // worker one metadata read (see SummarizeRequestFunctionTests).
        var harness = await FunctionsHarness.CreateAsync(azurite);
        var article = await harness.Storage.UploadAsync("twice.txt", TestArticles.Harbour);

        await harness.SweepFunction.SweepArticles(new TimerInfo(), CancellationToken.None);
        await harness.SweepFunction.SweepArticles(new TimerInfo(), CancellationToken.None);

        var queued = await harness.ReceiveAllAsync();
        Assert.Equal(2, queued.Count);
        Assert.All(queued, r => Assert.Equal((article.Name, article.ETag.ToString()), (r.Name, r.Version)));
    }

    private static async Task SetMetadataAsync(BlobContainerClient summaries, string article, string key, string value, string? fingerprint = null)
    {
        foreach (var output in new[] { article + ".json", article + ".md" })
        {
            var blob = summaries.GetBlobClient(output);
            var metadata = (await blob.GetPropertiesAsync()).Value.Metadata;
            metadata[key] = value;
            if (fingerprint is not null)
            {
                metadata[SummaryMetadata.FingerprintKey] = fingerprint;
            }

            await blob.SetMetadataAsync(metadata);
        }
    }
}
