using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Summarizer.Storage.Blobs;
using Summarizer.Testing;

namespace Summarizer.Storage.Tests.Blobs;

/// <summary>The claim a run takes before paying an engine that costs more than the claim (the model engine, staged here).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ArticleClaimTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Run_KeepsItsClaimReleasedBesideTheSummaries_AndTheSummariesContainerHoldsResultsOnly()
    {
        var harness = await PipelineHarness.CreateAsync(azurite, costlyEngine: true);
        await harness.UploadAsync("news/harbour.txt", TestArticles.Harbour);

        await harness.Pipeline.ProcessAsync("news/harbour.txt");

        Assert.Equal(["news/harbour.txt.json", "news/harbour.txt.md"], await harness.SummaryBlobNamesAsync());
        var claim = ClaimsContainer(harness).GetBlobClient("news/harbour.txt.claim");
        BlobProperties properties = await claim.GetPropertiesAsync();
        Assert.Equal(LeaseState.Available, properties.LeaseState);
    }

    [Fact]
    public async Task NextVersion_TakesTheReleasedClaimAgain_AndLeavesItReleased()
    {
        var harness = await PipelineHarness.CreateAsync(azurite, costlyEngine: true);
        await harness.UploadAsync("harbour.txt", TestArticles.Harbour);
        await harness.Pipeline.ProcessAsync("harbour.txt");
        var claim = ClaimsContainer(harness).GetBlobClient("harbour.txt.claim");
        BlobProperties first = await claim.GetPropertiesAsync();

        await harness.UploadAsync("harbour.txt", TestArticles.Library);
        await harness.Pipeline.ProcessAsync("harbour.txt");

        Assert.Equal(2, harness.Engine.Calls);
        BlobProperties second = await claim.GetPropertiesAsync();
        Assert.Equal(first.CreatedOn, second.CreatedOn);
        Assert.Equal(LeaseState.Available, second.LeaseState);
    }

    [Fact]
    public async Task ClaimHeldByAnotherRun_MakesTheRunWaitUntilItIsReleased()
    {
        var harness = await PipelineHarness.CreateAsync(azurite, costlyEngine: true);
        await harness.UploadAsync("harbour.txt", TestArticles.Harbour);
        var names = BlobNames.For("harbour.txt");
        var held = await harness.Pipeline.Summaries.ClaimAsync(names);

        var waiting = harness.Pipeline.ProcessAsync("harbour.txt");
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        Assert.False(waiting.IsCompleted);
        Assert.Equal(0, harness.Engine.Calls);

        await held.DisposeAsync();
        await waiting;
        Assert.Equal(1, harness.Engine.Calls);
    }

    [Fact]
    public async Task EmbeddedEngine_TakesNoClaim()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("harbour.txt", TestArticles.Harbour);

        await harness.Pipeline.ProcessAsync("harbour.txt");

        Assert.Equal(1, harness.Engine.Calls);
        Assert.False((await ClaimsContainer(harness).ExistsAsync()).Value);
    }

    private BlobContainerClient ClaimsContainer(PipelineHarness harness) =>
        azurite.CreateServiceClient().GetBlobContainerClient(BlobSummaryStore.ClaimsContainerName(harness.SummariesContainer.Name));
}
