using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs.Models;
using Summarizer.Storage.Interactive;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Blobs;
using Summarizer.Core;
using Summarizer.Core.Documents;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;
using Summarizer.Testing;

namespace Summarizer.Storage.Tests.Pipeline;

/// <summary>
/// Data written before schema 2.0 keeps working: summaries (1.x, with a Markdown that names no result) stay up to date
/// as they are, and an error record in <c>{name}.error.json</c> is the article's result until a run writes the single
/// result blob, which removes it. The outputs here are written the way earlier versions wrote them.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LegacyResultTests(AzuriteFixture azurite)
{
    private const string Name = "story.txt";

    [Fact]
    public async Task SummaryWrittenBefore20_UpToDateWithoutWriteOrEngine_AndServedAsMarkdown()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        var article = await harness.UploadAsync(Name, TestArticles.Harbour);
        await WriteLegacySummaryAsync(harness, article, TestArticles.Harbour);
        var before = await VersionsAsync(harness);

        var result = await harness.Pipeline.ProcessAsync(Name);
        var stale = await new BackfillRunner(harness.Pipeline).FindStaleAsync();
        var markdown = await new InteractiveStorage(harness.Pipeline).FindAsync(Name, asMarkdown: true);

        Assert.Equal(PipelineOutcome.UpToDate, result.Outcome);
        Assert.Empty(stale.Stale);
        Assert.Equal(0, harness.Engine.Calls);
        Assert.Equal(before, await VersionsAsync(harness));
        Assert.StartsWith("# ", markdown.Content!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CurrentErrorRecordWrittenBefore20_IsTheResult_AndTheSweepMovesItWithoutEngine()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        var article = await harness.UploadAsync(Name, TestArticles.InvalidUtf8);
        await WriteLegacyErrorAsync(harness, article);
        var storage = new InteractiveStorage(harness.Pipeline);

        var before = await storage.FindAsync(Name, asMarkdown: false);
        var counts = await new BackfillRunner(harness.Pipeline).RunAsync(2);
        var after = await storage.FindAsync(Name, asMarkdown: false);

        Assert.Equal((StoredResultKind.Failed, ErrorCodes.InvalidEncoding), (before.Kind, before.FailureCode));
        Assert.Equal((1, 0, 0), (counts.EarlierFailures, counts.NewFailures, counts.Unfinished));
        Assert.Equal(0, harness.Engine.Calls);
        Assert.Equal([Name + ".json"], await harness.SummaryBlobNamesAsync());
        Assert.Equal((StoredResultKind.Failed, ErrorCodes.InvalidEncoding), (after.Kind, after.FailureCode));
        using var record = await ReadJsonAsync(harness, Name + ".json");
        Assert.Equal(("failed", SummaryDocument.CurrentSchemaVersion), (record.RootElement.GetProperty("status").GetString(), record.RootElement.GetProperty("schemaVersion").GetString()));
        Assert.Empty((await new BackfillRunner(harness.Pipeline).FindStaleAsync()).Stale);
    }

    [Fact]
    public async Task OlderErrorRecordWrittenBefore20BesideCurrentSummary_RemovedWithoutEngine()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        var broken = await harness.UploadAsync(Name, TestArticles.InvalidUtf8);
        await WriteLegacyErrorAsync(harness, broken); // as a late run for the first version would have left it
        await harness.UploadAsync(Name, TestArticles.Library);
        await harness.Pipeline.ProcessAsync(Name);
        await WriteLegacyErrorAsync(harness, broken);
        var calls = harness.Engine.Calls;

        var stale = await new BackfillRunner(harness.Pipeline).FindStaleAsync();
        var counts = await new BackfillRunner(harness.Pipeline).RunAsync(2);

        Assert.Equal([Name], stale.Stale.Select(a => a.Name));
        Assert.Equal((1, 0, 0), (counts.Skipped, counts.Failed, counts.Unfinished));
        Assert.Equal(calls, harness.Engine.Calls);
        Assert.Equal([Name + ".json", Name + ".md"], await harness.SummaryBlobNamesAsync());
    }

    [Fact]
    public async Task CurrentErrorRecordWrittenBefore20BesideOlderSummary_KeepsOnlyTheFailure()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        var good = await harness.UploadAsync(Name, TestArticles.Harbour);
        await WriteLegacySummaryAsync(harness, good, TestArticles.Harbour);
        var broken = await harness.UploadAsync(Name, TestArticles.InvalidUtf8);
        await WriteLegacyErrorAsync(harness, broken);

        var result = await harness.Pipeline.ProcessAsync(Name);

        Assert.Equal((PipelineOutcome.UpToDate, ErrorCodes.InvalidEncoding), (result.Outcome, result.ErrorCode));
        Assert.Equal(0, harness.Engine.Calls);
        Assert.Equal([Name + ".json"], await harness.SummaryBlobNamesAsync());
        BlobProperties properties = await harness.SummariesContainer.GetBlobClient(Name + ".json").GetPropertiesAsync();
        Assert.Equal(broken.ETag.ToString(), properties.Metadata[SummaryMetadata.SourceETagKey]);
    }

    [Fact]
    public async Task ErrorRecordWrittenBefore20_ArticleFixed_NewSummaryRemovesIt()
    {
        var harness = await PipelineHarness.CreateAsync(azurite);
        await WriteLegacyErrorAsync(harness, await harness.UploadAsync(Name, TestArticles.InvalidUtf8));
        await harness.UploadAsync(Name, TestArticles.Library);

        var result = await harness.Pipeline.ProcessAsync(Name);

        Assert.Equal(PipelineOutcome.Summarized, result.Outcome);
        Assert.Equal([Name + ".json", Name + ".md"], await harness.SummaryBlobNamesAsync());
    }

    // {name}.json as schema 1.1 (no status) and {name}.md, both with the provenance metadata earlier versions wrote.
    private static async Task WriteLegacySummaryAsync(PipelineHarness harness, ArticleSnapshot article, string text)
    {
        var sha256 = SummaryDocumentFactory.Sha256Hex(TestArticles.Utf8(text).ToMemory().Span);
        var metadata = SummaryMetadata.For(article, sha256, harness.Pipeline.Fingerprint).ToDictionary();
        var document = await new ArticleProcessor(new ArticleDecoder(), new ExtractiveSummarizer(), harness.Clock)
            .ProcessAsync(new ArticleInput(TestArticles.Utf8(text).ToMemory(), Name, "text/plain"), SummaryOptions.Default);
        var json = JsonNode.Parse(SummaryDocumentSerializer.ToUtf8Bytes(document))!.AsObject();
        json.Remove("status");
        json["schemaVersion"] = "1.1";
        await harness.SummariesContainer.GetBlobClient(Name + ".json").UploadAsync(BinaryData.FromString(json.ToJsonString()),
            new BlobUploadOptions { Metadata = metadata });
        await harness.SummariesContainer.GetBlobClient(Name + ".md").UploadAsync(BinaryData.FromString(MarkdownRenderer.Render(document)),
            new BlobUploadOptions { Metadata = metadata });
    }

    // {name}.error.json as earlier versions wrote it: no schema version, provenance in metadata, no error code there.
    private static async Task WriteLegacyErrorAsync(PipelineHarness harness, ArticleSnapshot article)
    {
        var record = $$"""
            {"status":"failed","code":"invalid_encoding","message":"The article is not valid UTF-8.","name":"{{Name}}","sourceEtag":{{JsonSerializer.Serialize(article.ETag.ToString())}},"sourceLastModified":"{{article.LastModified:O}}","fingerprint":"{{harness.Pipeline.Fingerprint}}","failedAt":"2026-03-01T12:00:00+00:00"}
            """;
        await harness.SummariesContainer.GetBlobClient(Name + ".error.json").UploadAsync(BinaryData.FromString(record),
            new BlobUploadOptions { Metadata = SummaryMetadata.For(article, "", harness.Pipeline.Fingerprint).ToDictionary() });
    }

    private static async Task<Dictionary<string, string>> VersionsAsync(PipelineHarness harness)
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var item in harness.SummariesContainer.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, default))
        {
            versions[item.Name] = item.Properties.ETag.ToString()!;
        }

        return versions;
    }

    private static async Task<JsonDocument> ReadJsonAsync(PipelineHarness harness, string blobName) =>
        JsonDocument.Parse((await harness.SummariesContainer.GetBlobClient(blobName).DownloadContentAsync()).Value.Content.ToMemory());
}
