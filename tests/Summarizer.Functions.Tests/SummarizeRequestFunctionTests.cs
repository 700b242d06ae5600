using Summarizer.Storage.Queueing;
using Summarizer.Core;
using Summarizer.Functions.Triggers;
using Summarizer.Functions.Tests.Support;
using Summarizer.Testing;

namespace Summarizer.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class SummarizeRequestFunctionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SummarizeRequested_StaleArticle_WritesItsSummary()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        var article = await harness.Storage.UploadAsync("stale.txt", TestArticles.Harbour);

        await harness.RequestFunction.SummarizeRequested(Message(article.Name, article.ETag.ToString()), CancellationToken.None);

        Assert.Equal(["stale.txt.json", "stale.txt.md"], await harness.Storage.SummaryBlobNamesAsync());
        Assert.Equal(1, harness.Engine.Calls);
    }

    [Fact]
    public async Task SummarizeRequested_SameRequestTwice_CallsTheEngineOnce()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        var article = await harness.Storage.UploadAsync("twice.txt", TestArticles.Harbour);
        var message = Message(article.Name, article.ETag.ToString());

        await harness.RequestFunction.SummarizeRequested(message, CancellationToken.None);
        await harness.RequestFunction.SummarizeRequested(message, CancellationToken.None);

        Assert.Equal(1, harness.Engine.Calls);
    }

    [Fact]
    public async Task SummarizeRequested_RequestForASupersededVersion_CompletesWithoutTouchingTheResult()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        var old = await harness.Storage.UploadAsync("moved-on.txt", TestArticles.Harbour);
        await harness.Storage.UploadAsync("moved-on.txt", TestArticles.Library);

        await harness.RequestFunction.SummarizeRequested(Message(old.Name, old.ETag.ToString()), CancellationToken.None);

        // The newer version has its own event (and the next sweep): this message only cost the version check.
        Assert.Equal(0, harness.Engine.Calls);
        Assert.Empty(await harness.Storage.SummaryBlobNamesAsync());
    }

    [Fact]
    public async Task SummarizeRequested_DeletedArticle_CompletesQuietly()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        await harness.RequestFunction.SummarizeRequested(Message("gone.txt", "\"0x8D000000000000\""), CancellationToken.None);

        Assert.Equal(0, harness.Engine.Calls);
        Assert.Empty(await harness.Storage.SummaryBlobNamesAsync());
    }

    [Fact]
    public async Task SummarizeRequested_BadArticle_WritesErrorRecordAndCompletes()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        var article = await harness.Storage.UploadAsync("bad.txt", TestArticles.InvalidUtf8);

        await harness.RequestFunction.SummarizeRequested(Message(article.Name, article.ETag.ToString()), CancellationToken.None);

        Assert.Equal(["bad.txt.json"], await harness.Storage.SummaryBlobNamesAsync());
    }

    [Fact]
    public async Task SummarizeRequested_EngineUnavailable_ThrowsSoTheQueueRetries()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        var article = await harness.Storage.UploadAsync("retry.txt", TestArticles.Harbour);
        harness.Engine.BeforeSummarizeAsync = _ => throw new SummarizerException(ErrorCodes.EngineUnavailable, "Throttled (429).", isTransient: true);

        var ex = await Assert.ThrowsAsync<SummarizerException>(() =>
            harness.RequestFunction.SummarizeRequested(Message(article.Name, article.ETag.ToString()), CancellationToken.None));

        Assert.True(ex.IsTransient);
        Assert.Empty(await harness.Storage.SummaryBlobNamesAsync());
    }

    [Fact]
    public async Task SummarizeRequested_StorageUnreachable_ThrowsTransientStorageUnavailable()
    {
        var function = new SummarizeRequestFunction(
            UnreachableStorage.Pipeline(UnreachableStorage.BackgroundWithShortDelays(), new CountingSummarizer()),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<SummarizeRequestFunction>.Instance);

        var ex = await Assert.ThrowsAsync<SummarizerException>(() =>
            function.SummarizeRequested(Message("a.txt", "\"0x1\""), CancellationToken.None));

        Assert.Equal((ErrorCodes.StorageUnavailable, true), (ex.Code, ex.IsTransient));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"name\":\"a.txt\"}")]
    [InlineData("{\"name\":\"\",\"version\":\"\\\"0x1\\\"\"}")]
    public async Task SummarizeRequested_NotARequest_ThrowsSoTheMessageEndsInThePoisonQueue(string message)
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var ex = await Assert.ThrowsAsync<SummarizerException>(() => harness.RequestFunction.SummarizeRequested(message, CancellationToken.None));

        Assert.Equal(ErrorCodes.InvalidJson, ex.Code);
        Assert.Equal(0, harness.Engine.Calls);
    }

    [Fact]
    public async Task SummarizeRequests_SentMessage_IsBase64OfTheJsonTheFunctionReads()
    {
        // The host's queue extension decodes Base64 by default (host.json messageEncoding): what the sweep sends is
        // what the function gets once decoded.
        var harness = await FunctionsHarness.CreateAsync(azurite);

        await harness.Requests.SendAsync(new SummarizeRequest("news/a b.txt", "\"0x8DABC\""));

        var stored = (await harness.Queue.ReceiveMessageAsync()).Value.MessageText;
        var decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(stored));
        Assert.Equal("{\"name\":\"news/a b.txt\",\"version\":\"\\u00220x8DABC\\u0022\"}", decoded);
        Assert.Equal(new SummarizeRequest("news/a b.txt", "\"0x8DABC\""), SummarizeRequest.Parse(decoded));
    }

    private static string Message(string name, string version) => new SummarizeRequest(name, version).ToJson();
}
