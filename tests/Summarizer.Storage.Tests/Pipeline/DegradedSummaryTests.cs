using Azure.Storage.Blobs.Models;
using Summarizer.AI;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Blobs;
using Summarizer.Core.Documents;
using Summarizer.Core.Engines;
using Summarizer.Testing;

namespace Summarizer.Storage.Tests.Pipeline;

/// <summary>
/// The model engine behind the extractive fallback, as production wires it, over a chat client that can be down: a
/// summary the fallback wrote must never pass for the model's, so the next run asks the model again.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DegradedSummaryTests(AzuriteFixture azurite)
{
    private readonly OutageChatClient _model = new();

    [Fact]
    public async Task ProcessAsync_ModelDown_StoresFallbackSummaryMarkedDegradedUnderFallbackFingerprint()
    {
        var harness = await CreateAsync();
        await harness.UploadAsync("harbour.txt", TestArticles.Harbour);

        var result = await harness.Pipeline.ProcessAsync("harbour.txt");

        Assert.Equal(PipelineOutcome.Summarized, result.Outcome);
        Assert.True(result.Degraded);
        var document = await ReadDocumentAsync(harness);
        Assert.True(document.Engine.Degraded);
        Assert.Equal("extractive", document.Engine.Name);
        Assert.StartsWith("engine_unavailable", document.Engine.FallbackReason, StringComparison.Ordinal);
        foreach (var name in new[] { "harbour.txt.json", "harbour.txt.md" })
        {
            BlobProperties properties = await harness.SummariesContainer.GetBlobClient(name).GetPropertiesAsync();
            Assert.Equal(document.Engine.Fingerprint, properties.Metadata[SummaryMetadata.FingerprintKey]);
            Assert.NotEqual(harness.Pipeline.Fingerprint, properties.Metadata[SummaryMetadata.FingerprintKey]);
            Assert.Equal("true", properties.Metadata[SummaryMetadata.DegradedKey]);
        }
    }

    [Fact]
    public async Task ProcessAsync_ModelBackAfterOutage_ReplacesDegradedSummaryWithModelSummary()
    {
        var harness = await CreateAsync();
        await harness.UploadAsync("harbour.txt", TestArticles.Harbour);
        await harness.Pipeline.ProcessAsync("harbour.txt");
        _model.IsDown = false;

        var retried = await harness.Pipeline.ProcessAsync("harbour.txt");
        var again = await harness.Pipeline.ProcessAsync("harbour.txt");

        Assert.Equal(PipelineOutcome.Summarized, retried.Outcome);
        Assert.False(retried.Degraded);
        var document = await ReadDocumentAsync(harness);
        Assert.Equal(ChatClientSummarizer.EngineName, document.Engine.Name);
        Assert.False(document.Engine.Degraded);
        Assert.Null(document.Engine.FallbackReason);
        Assert.Equal([OutageChatClient.ModelSentence], document.SummarySentences);
        BlobProperties json = await harness.SummariesContainer.GetBlobClient("harbour.txt.json").GetPropertiesAsync();
        Assert.Equal(harness.Pipeline.Fingerprint, json.Metadata[SummaryMetadata.FingerprintKey]);
        Assert.False(json.Metadata.ContainsKey(SummaryMetadata.DegradedKey));
        var markdown = (await harness.SummariesContainer.GetBlobClient("harbour.txt.md").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains(OutageChatClient.ModelSentence, markdown, StringComparison.Ordinal);

        // Once the model's summary is stored, it is up to date: no further engine call.
        Assert.Equal(PipelineOutcome.UpToDate, again.Outcome);
        Assert.Equal(2, harness.Engine.Calls);
    }

    [Fact]
    public async Task ProcessAsync_DegradedSummaryStored_IsNotUpToDateAndAsksTheModelAgain()
    {
        var harness = await CreateAsync();
        await harness.UploadAsync("harbour.txt", TestArticles.Harbour);
        await harness.Pipeline.ProcessAsync("harbour.txt");
        var requestsAfterOutage = _model.Requests;

        var second = await harness.Pipeline.ProcessAsync("harbour.txt");

        Assert.NotEqual(PipelineOutcome.UpToDate, second.Outcome);
        Assert.True(_model.Requests > requestsAfterOutage, "the model was not asked again");
        Assert.True(second.Degraded);
    }

    [Fact]
    public async Task RunAsync_Sweep_CountsDegradedSummariesAndReplacesThemWhenModelIsBack()
    {
        var harness = await CreateAsync();
        await harness.UploadAsync("a.txt", TestArticles.Harbour);
        await harness.UploadAsync("b.txt", TestArticles.Harbour + " The harbour master welcomed the decision.");
        var runner = new BackfillRunner(harness.Pipeline);

        var duringOutage = await runner.RunAsync(2);
        _model.IsDown = false;
        var afterOutage = await runner.RunAsync(2);
        var settled = await runner.RunAsync(2);

        Assert.Equal((2, 2, 0), (duringOutage.Summarized, duringOutage.Degraded, duringOutage.Unfinished));
        Assert.Equal((2, 0, 0), (afterOutage.Summarized, afterOutage.Degraded, afterOutage.Skipped));
        Assert.Equal((0, 0, 2), (settled.Summarized, settled.Degraded, settled.Skipped));
    }

    [Fact]
    public async Task ProcessAsync_EightConcurrentRuns_AskTheModelOnce()
    {
        var harness = await CreateAsync();
        _model.IsDown = false;
        await harness.UploadAsync("harbour.txt", TestArticles.Harbour);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => harness.Pipeline.ProcessAsync("harbour.txt"))));

        Assert.Equal(1, _model.Requests);
        Assert.Equal(1, results.Count(r => r.Outcome == PipelineOutcome.Summarized));
        Assert.All(results, r => Assert.Contains(r.Outcome, new[] { PipelineOutcome.Summarized, PipelineOutcome.UpToDate }));
        Assert.Equal(["harbour.txt.json", "harbour.txt.md"], await harness.SummaryBlobNamesAsync());
    }

    private async Task<PipelineHarness> CreateAsync()
    {
        var model = new ChatClientSummarizer(_model, new ChatSummarizerOptions
        {
            Model = "gpt-test",
            TimeBudget = TimeSpan.FromMilliseconds(300),
            RequestTimeout = TimeSpan.FromMilliseconds(200),
            InitialBackoff = TimeSpan.FromMilliseconds(10),
            MaxBackoff = TimeSpan.FromMilliseconds(20),
        });
        return await PipelineHarness.CreateAsync(azurite, engine: new FallbackSummarizer(model, new ExtractiveSummarizer()));
    }

    private static async Task<SummaryDocument> ReadDocumentAsync(PipelineHarness harness)
    {
        BlobDownloadResult download = await harness.SummariesContainer.GetBlobClient("harbour.txt.json").DownloadContentAsync();
        return SummaryDocumentSerializer.FromJson(download.Content.ToMemory().Span);
    }
}
