using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Blobs;
using Summarizer.Core;
using Summarizer.Core.Documents;
using Summarizer.Core.Engines;
using Summarizer.Testing;

namespace Summarizer.Storage.Tests.Pipeline;

[Collection(AzuriteCollection.Name)]
public sealed class StoredArticlePipelineTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ProcessAsync_NewArticle_WritesJsonAndMarkdownWithProvenance()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        var article = await harness.UploadAsync("news/harbour.txt", TestArticles.Harbour);

        var result = await harness.Pipeline.ProcessAsync("news/harbour.txt");

        Assert.Equal(PipelineOutcome.Summarized, result.Outcome);
        Assert.Equal(["news/harbour.txt.json", "news/harbour.txt.md"], await harness.SummaryBlobNamesAsync());

        var json = harness.SummariesContainer.GetBlobClient("news/harbour.txt.json");
        BlobProperties jsonProperties = await json.GetPropertiesAsync();
        Assert.Equal("application/json; charset=utf-8", jsonProperties.ContentType);
        Assert.Equal(article.ETag.ToString(), jsonProperties.Metadata[SummaryMetadata.SourceETagKey]);
        var sha256 = Sha256(TestArticles.Harbour);
        Assert.Equal(sha256, jsonProperties.Metadata[SummaryMetadata.ContentSha256Key]);
        Assert.Equal(new ExtractiveSummarizer().Fingerprint(SummaryOptions.Default), jsonProperties.Metadata[SummaryMetadata.FingerprintKey]);
        Assert.True(jsonProperties.Metadata.ContainsKey(SummaryMetadata.SourceLastModifiedKey));

        BlobDownloadResult download = await json.DownloadContentAsync();
        var document = SummaryDocumentSerializer.FromJson(download.Content.ToMemory().Span);
        Assert.Equal("news/harbour.txt", document.Source.Name);
        Assert.Equal(sha256, document.Source.Sha256);
        Assert.Equal(harness.Clock.GetUtcNow(), document.CreatedAt);
        Assert.NotEmpty(document.Summary);

        Assert.Equal(SummaryDocument.CurrentSchemaVersion, document.SchemaVersion);
        Assert.Equal(SummaryDocument.SummarizedStatus, document.Status);

        // The Markdown is derived: it names the result it was rendered from.
        BlobProperties markdownProperties = await harness.SummariesContainer.GetBlobClient("news/harbour.txt.md").GetPropertiesAsync();
        Assert.Equal("text/markdown; charset=utf-8", markdownProperties.ContentType);
        Assert.Equal(article.ETag.ToString(), markdownProperties.Metadata[SummaryMetadata.SourceETagKey]);
        Assert.Equal(jsonProperties.ETag.ToString().Trim('"'), markdownProperties.Metadata[SummaryMetadata.ResultETagKey].Trim('"'));
    }

    [Fact]
    public async Task ProcessAsync_SameContentAgain_DoesNotCallEngineOrWrite()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("harbour.txt", TestArticles.Harbour);
        await harness.Pipeline.ProcessAsync("harbour.txt");
        BlobProperties before = await harness.SummariesContainer.GetBlobClient("harbour.txt.json").GetPropertiesAsync();

        var result = await harness.Pipeline.ProcessAsync("harbour.txt");

        Assert.Equal(PipelineOutcome.UpToDate, result.Outcome);
        Assert.Equal(1, harness.Engine.Calls);
        BlobProperties after = await harness.SummariesContainer.GetBlobClient("harbour.txt.json").GetPropertiesAsync();
        Assert.Equal(before.ETag, after.ETag);
    }

    [Fact]
    public async Task ProcessAsync_IdenticalBytesUploadedAgain_DoesNotCallEngineAndRecordsNewVersion()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("harbour.txt", TestArticles.Harbour);
        await harness.Pipeline.ProcessAsync("harbour.txt");
        var reupload = await harness.UploadAsync("harbour.txt", TestArticles.Harbour);

        var result = await harness.Pipeline.ProcessAsync("harbour.txt");

        Assert.Equal(PipelineOutcome.UpToDate, result.Outcome);
        Assert.Equal(1, harness.Engine.Calls);
        BlobProperties json = await harness.SummariesContainer.GetBlobClient("harbour.txt.json").GetPropertiesAsync();
        Assert.Equal(reupload.ETag.ToString(), json.Metadata[SummaryMetadata.SourceETagKey]);
        Assert.Equal(PipelineOutcome.UpToDate, (await harness.Pipeline.ProcessAsync("harbour.txt")).Outcome);
        Assert.Equal(1, harness.Engine.Calls);
    }

    [Fact]
    public async Task ProcessAsync_ChangedContent_WritesNewSummary()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("story.txt", TestArticles.Harbour);
        await harness.Pipeline.ProcessAsync("story.txt");
        var changed = await harness.UploadAsync("story.txt", TestArticles.Library);

        var result = await harness.Pipeline.ProcessAsync("story.txt");

        Assert.Equal(PipelineOutcome.Summarized, result.Outcome);
        Assert.Equal(2, harness.Engine.Calls);
        var document = await ReadDocumentAsync(harness, "story.txt.json");
        Assert.Equal(Sha256(TestArticles.Library), document.Source.Sha256);
        BlobProperties markdown = await harness.SummariesContainer.GetBlobClient("story.txt.md").GetPropertiesAsync();
        Assert.Equal(changed.ETag.ToString(), markdown.Metadata[SummaryMetadata.SourceETagKey]);
    }

    [Fact]
    public async Task ProcessAsync_ConcurrentRuns_LeaveOneValidResult()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        var article = await harness.UploadAsync("busy.txt", TestArticles.Harbour);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => harness.Pipeline.ProcessAsync("busy.txt"))));

        Assert.All(results, r => Assert.Contains(r.Outcome, new[] { PipelineOutcome.Summarized, PipelineOutcome.UpToDate }));
        Assert.Equal(["busy.txt.json", "busy.txt.md"], await harness.SummaryBlobNamesAsync());
        var document = await ReadDocumentAsync(harness, "busy.txt.json");
        Assert.Equal(Sha256(TestArticles.Harbour), document.Source.Sha256);
        BlobProperties json = await harness.SummariesContainer.GetBlobClient("busy.txt.json").GetPropertiesAsync();
        Assert.Equal(article.ETag.ToString(), json.Metadata[SummaryMetadata.SourceETagKey]);
    }

    [Fact]
    public async Task ProcessAsync_StaleRunFinishesAfterNewerRun_KeepsNewerSummary()
    {
        // The embedded engine takes no claim: the newer run does not wait for the old one.
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("story.txt", TestArticles.Harbour);
        var oldRunIsSummarizing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseOldRun = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Engine.BeforeSummarizeAsync = async article =>
        {
            if (article.Text.Contains("harbour", StringComparison.Ordinal))
            {
                oldRunIsSummarizing.TrySetResult();
                await releaseOldRun.Task;
            }
        };

        var oldRun = harness.Pipeline.ProcessAsync("story.txt");
        await oldRunIsSummarizing.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var newer = await harness.UploadAsync("story.txt", TestArticles.Library);
        var newRun = await harness.Pipeline.ProcessAsync("story.txt");
        releaseOldRun.SetResult();
        var oldResult = await oldRun.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(PipelineOutcome.Summarized, newRun.Outcome);
        Assert.Equal(PipelineOutcome.Superseded, oldResult.Outcome); // its write lost, it looked again and left the newer summary
        var document = await ReadDocumentAsync(harness, "story.txt.json");
        Assert.Equal(Sha256(TestArticles.Library), document.Source.Sha256);
        foreach (var name in new[] { "story.txt.json", "story.txt.md" })
        {
            BlobProperties properties = await harness.SummariesContainer.GetBlobClient(name).GetPropertiesAsync();
            Assert.Equal(newer.ETag.ToString(), properties.Metadata[SummaryMetadata.SourceETagKey]);
        }
    }

    [Fact]
    public async Task ProcessAsync_UndecodableArticle_WritesErrorRecordAndReturns()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        var article = await harness.UploadAsync("broken.txt", TestArticles.InvalidUtf8);

        var result = await harness.Pipeline.ProcessAsync("broken.txt");

        Assert.Equal(PipelineOutcome.Failed, result.Outcome);
        Assert.Equal(ErrorCodes.InvalidEncoding, result.ErrorCode);
        Assert.Equal(["broken.txt.json"], await harness.SummaryBlobNamesAsync());
        using var record = await ReadJsonAsync(harness, "broken.txt.json");
        Assert.Equal("failed", record.RootElement.GetProperty("status").GetString());
        Assert.Equal(SummaryDocument.CurrentSchemaVersion, record.RootElement.GetProperty("schemaVersion").GetString());
        Assert.Equal(ErrorCodes.InvalidEncoding, record.RootElement.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(record.RootElement.GetProperty("message").GetString()));
        Assert.Equal(article.ETag.ToString(), record.RootElement.GetProperty("sourceEtag").GetString());
    }

    [Fact]
    public async Task ProcessAsync_FailedArticleAgain_DoesNotRetryEngineOrRewriteRecord()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("refused.txt", TestArticles.Harbour);
        harness.Engine.BeforeSummarizeAsync = _ => throw new SummarizerException(ErrorCodes.EngineRefused, "The engine refused this article.");
        await harness.Pipeline.ProcessAsync("refused.txt");
        BlobProperties before = await harness.SummariesContainer.GetBlobClient("refused.txt.json").GetPropertiesAsync();

        var result = await harness.Pipeline.ProcessAsync("refused.txt");

        Assert.Equal(PipelineOutcome.UpToDate, result.Outcome);
        Assert.Equal(ErrorCodes.EngineRefused, result.ErrorCode);
        Assert.Equal(1, harness.Engine.Calls);
        BlobProperties after = await harness.SummariesContainer.GetBlobClient("refused.txt.json").GetPropertiesAsync();
        Assert.Equal(before.ETag, after.ETag);
    }

    [Fact]
    public async Task ProcessAsync_ArticleOverSizeCap_RecordsInputTooLargeWithoutEngine()
    {
        var harness = await PipelineHarness.CreateAsync(azurite, maxInputBytes: 100);
        await harness.UploadAsync("long.txt", TestArticles.Harbour);

        var result = await harness.Pipeline.ProcessAsync("long.txt");

        Assert.Equal(ErrorCodes.InputTooLarge, result.ErrorCode);
        Assert.Equal(0, harness.Engine.Calls);
        Assert.Equal(["long.txt.json"], await harness.SummaryBlobNamesAsync());
    }

    [Fact]
    public async Task ProcessAsync_FixedAfterFailure_WritesSummaryAndRemovesErrorRecord()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("draft.txt", TestArticles.InvalidUtf8);
        await harness.Pipeline.ProcessAsync("draft.txt");
        await harness.UploadAsync("draft.txt", TestArticles.Library);

        var result = await harness.Pipeline.ProcessAsync("draft.txt");

        Assert.Equal(PipelineOutcome.Summarized, result.Outcome);
        Assert.Equal(["draft.txt.json", "draft.txt.md"], await harness.SummaryBlobNamesAsync());
    }

    [Fact]
    public async Task ProcessAsync_BrokenAfterSuccess_ReplacesSummaryWithErrorRecord()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("draft.txt", TestArticles.Library);
        await harness.Pipeline.ProcessAsync("draft.txt");
        await harness.UploadAsync("draft.txt", TestArticles.InvalidUtf8);

        var result = await harness.Pipeline.ProcessAsync("draft.txt");

        Assert.Equal(PipelineOutcome.Failed, result.Outcome);
        Assert.Equal(["draft.txt.json"], await harness.SummaryBlobNamesAsync()); // the older summary's Markdown went with it
    }

    [Fact]
    public async Task ProcessAsync_TransientEngineFailure_ThrowsAndWritesNothing()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("later.txt", TestArticles.Harbour);
        harness.Engine.BeforeSummarizeAsync = _ => throw new SummarizerException(ErrorCodes.EngineUnavailable, "Engine is down.", isTransient: true);

        var ex = await Assert.ThrowsAsync<SummarizerException>(() => harness.Pipeline.ProcessAsync("later.txt"));

        Assert.True(ex.IsTransient);
        Assert.Empty(await harness.SummaryBlobNamesAsync());
    }

    [Fact]
    public async Task ProcessAsync_ArticleDeletedBeforeRun_ReportsMissing()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);

        var result = await harness.Pipeline.ProcessAsync("gone.txt");

        Assert.Equal(PipelineOutcome.ArticleMissing, result.Outcome);
        Assert.Empty(await harness.SummaryBlobNamesAsync());
    }

    [Theory]
    [InlineData("with spaces in it.txt")]
    [InlineData("nested/folders/deep/article.md")]
    [InlineData("Ünïcödé – 東京 – ☕.txt")]
    [InlineData("100% off?#&=+.txt")]
    public async Task ProcessAsync_UnusualValidNames_WritesSummaryBesideSameName(string name)
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync(name, TestArticles.Harbour);

        var result = await harness.Pipeline.ProcessAsync(name);

        Assert.Equal(PipelineOutcome.Summarized, result.Outcome);
        Assert.Equal([name + ".json", name + ".md"], await harness.SummaryBlobNamesAsync());
    }

    [Fact]
    public async Task ProcessAsync_LongestMappableName_WritesAllOutputs()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        var name = new string('a', BlobNames.MaxArticleNameLength - 4) + ".txt";
        await harness.UploadAsync(name, TestArticles.InvalidUtf8);

        var result = await harness.Pipeline.ProcessAsync(name);

        Assert.Equal(ErrorCodes.InvalidEncoding, result.ErrorCode);
        Assert.Equal([name + ".json"], await harness.SummaryBlobNamesAsync());
    }

    [Fact]
    public async Task ProcessAsync_NameTooLongForOutputs_FailsWithInvalidNameWithoutThrowing()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        var name = new string('b', BlobNames.MaxArticleNameLength + 1);
        await harness.UploadAsync(name, TestArticles.Harbour);

        var result = await harness.Pipeline.ProcessAsync(name);

        Assert.Equal(PipelineOutcome.Failed, result.Outcome);
        Assert.Equal(ErrorCodes.InvalidName, result.ErrorCode);
        Assert.Equal(0, harness.Engine.Calls);
        Assert.Empty(await harness.SummaryBlobNamesAsync());
    }

    private static string Sha256(string text) => SummaryDocumentFactory.Sha256Hex(TestArticles.Utf8(text).ToMemory().Span);

    private static async Task<SummaryDocument> ReadDocumentAsync(PipelineHarness harness, string blobName)
    {
        BlobDownloadResult download = await harness.SummariesContainer.GetBlobClient(blobName).DownloadContentAsync();
        return SummaryDocumentSerializer.FromJson(download.Content.ToMemory().Span);
    }

    private static async Task<JsonDocument> ReadJsonAsync(PipelineHarness harness, string blobName)
    {
        BlobDownloadResult download = await harness.SummariesContainer.GetBlobClient(blobName).DownloadContentAsync();
        return JsonDocument.Parse(download.Content.ToMemory());
    }
}
