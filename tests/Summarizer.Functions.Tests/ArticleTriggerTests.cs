using Azure.Storage.Blobs.Models;
using Summarizer.Storage.Blobs;
using Summarizer.Core;
using Summarizer.Functions.Tests.Support;
using Summarizer.Testing;

namespace Summarizer.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ArticleTriggerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SummarizeArticle_UploadedArticle_WritesBothBlobsWithProvenance()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        var article = await harness.Storage.UploadAsync("reports/harbour.md", TestArticles.Harbour, "text/markdown");

        await harness.Trigger.SummarizeArticle(harness.ArticleBlob("reports/harbour.md"), CancellationToken.None);

        Assert.Equal(["reports/harbour.md.json", "reports/harbour.md.md"], await harness.Storage.SummaryBlobNamesAsync());
        foreach (var (name, contentType) in new[] { ("reports/harbour.md.json", "application/json; charset=utf-8"), ("reports/harbour.md.md", "text/markdown; charset=utf-8") })
        {
            BlobProperties properties = await harness.Storage.SummariesContainer.GetBlobClient(name).GetPropertiesAsync();
            Assert.Equal(contentType, properties.ContentType);
            Assert.Equal(article.ETag.ToString(), properties.Metadata[SummaryMetadata.SourceETagKey]);
            Assert.Equal(harness.Storage.Pipeline.Fingerprint, properties.Metadata[SummaryMetadata.FingerprintKey]);
            Assert.Equal(64, properties.Metadata[SummaryMetadata.ContentSha256Key].Length);
        }
    }

    [Fact]
    public async Task SummarizeArticle_EventDeliveredTwice_CallsEngineOnce()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.Storage.UploadAsync("twice.txt", TestArticles.Library);

        await harness.Trigger.SummarizeArticle(harness.ArticleBlob("twice.txt"), CancellationToken.None);
        await harness.Trigger.SummarizeArticle(harness.ArticleBlob("twice.txt"), CancellationToken.None);

        Assert.Equal(1, harness.Engine.Calls);
    }

    [Fact]
    public async Task SummarizeArticle_BadBlob_WritesErrorRecordWithoutThrowing()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.Storage.UploadAsync("bad.txt", TestArticles.InvalidUtf8);

        await harness.Trigger.SummarizeArticle(harness.ArticleBlob("bad.txt"), CancellationToken.None);

        Assert.Equal(["bad.txt.json"], await harness.Storage.SummaryBlobNamesAsync());
    }

    [Fact]
    public async Task SummarizeArticle_EngineUnavailable_ThrowsSoTheHostRetries()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.Storage.UploadAsync("retry.txt", TestArticles.Harbour);
        harness.Engine.BeforeSummarizeAsync = _ => throw new SummarizerException(ErrorCodes.EngineUnavailable, "Model endpoint timed out.", isTransient: true);

        var ex = await Assert.ThrowsAsync<SummarizerException>(() => harness.Trigger.SummarizeArticle(harness.ArticleBlob("retry.txt"), CancellationToken.None));

        Assert.True(ex.IsTransient);
        Assert.Empty(await harness.Storage.SummaryBlobNamesAsync());
    }
}
