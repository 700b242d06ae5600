using System.Text;
using Summarizer.Storage.Pipeline;
using Summarizer.Testing;
using Summarizer.Testing.Web;

namespace Summarizer.Storage.Tests.Budget;

/// <summary>
/// What each path costs in storage requests, counted on the wire by a policy on the real clients (the app's own retry
/// settings) against Azurite. The budget per newly summarised article: 4 through a trigger (outputs listing, article
/// read, result write, Markdown write), 3 in the backfill (its listings are at hand); an up-to-date article costs 2
/// through the blob trigger or refresh (listing, and a read of the article conditional on the result's version that
/// transfers nothing), 1 through a queued request (it names its version), 0 in the backfill. A costly engine adds its
/// claim: the lease, one look at the outputs once the claim is held, the release. An article that holds only a link
/// costs what any article costs (the page is fetched, not stored); its refresh, answered 304 by the page's server,
/// costs 3 (listing, the link, the result for its validators) and writes nothing.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageRequestBudgetTests(AzuriteFixture azurite)
{
    private readonly StorageRequestLog _requests = new();

    [Fact]
    public async Task Trigger_NewArticle_FourRequests_ThenUpToDate_Two()
    {
        var harness = await PipelineHarness.CreateAsync(azurite, requests: _requests);
        await harness.UploadAsync("a.txt", TestArticles.Harbour);

        var summarised = await CountAsync(() => harness.Pipeline.ProcessAsync("a.txt"));
        var upToDate = await CountAsync(() => harness.Pipeline.ProcessAsync("a.txt"));

        AssertAtMost(4, summarised);
        AssertAtMost(2, upToDate);
        Assert.Equal(1, harness.Engine.Calls);
    }

    [Fact]
    public async Task Trigger_ChangedArticle_FourRequests()
    {
        var harness = await PipelineHarness.CreateAsync(azurite, requests: _requests);
        await harness.UploadAsync("a.txt", TestArticles.Harbour);
        await harness.Pipeline.ProcessAsync("a.txt");
        await harness.UploadAsync("a.txt", TestArticles.Library);

        AssertAtMost(4, await CountAsync(() => harness.Pipeline.ProcessAsync("a.txt")));
        Assert.Equal(2, harness.Engine.Calls);
    }

    [Fact]
    public async Task Trigger_UndecodableArticle_ThreeRequests()
    {
        var harness = await PipelineHarness.CreateAsync(azurite, requests: _requests);
        await harness.UploadAsync("bad.txt", TestArticles.InvalidUtf8);

        AssertAtMost(3, await CountAsync(() => harness.Pipeline.ProcessAsync("bad.txt")));
        AssertAtMost(2, await CountAsync(() => harness.Pipeline.ProcessAsync("bad.txt")));
    }

    [Fact]
    public async Task QueuedRequest_UpToDate_OneRequest()
    {
        var harness = await PipelineHarness.CreateAsync(azurite, requests: _requests);
        var article = await harness.UploadAsync("a.txt", TestArticles.Harbour);

        AssertAtMost(4, await CountAsync(() => harness.Pipeline.ProcessAsync(article.Name, article.ETag)));
        AssertAtMost(1, await CountAsync(() => harness.Pipeline.ProcessAsync(article.Name, article.ETag)));
    }

    [Fact]
    public async Task Backfill_NewArticles_ThreeRequestsEach_ThenUpToDate_None()
    {
        const int Articles = 6;
        var harness = await PipelineHarness.CreateAsync(azurite, requests: _requests);
        for (var i = 0; i < Articles; i++)
        {
            await harness.UploadAsync($"p{i}.txt", TestArticles.Harbour + " Story " + i + ".");
        }

        var runner = new BackfillRunner(harness.Pipeline);
        var first = await CountAsync(() => runner.RunAsync(2));
        var second = await CountAsync(() => runner.RunAsync(2));

        const int Listings = 2;
        AssertAtMost(Listings + 3 * Articles, first);
        AssertAtMost(Listings, second);
        Assert.Equal(Articles, harness.Engine.Calls);
    }

    [Fact]
    public async Task CostlyEngine_AddsLeaseLookAndRelease()
    {
        var harness = await PipelineHarness.CreateAsync(azurite, costlyEngine: true, requests: _requests);
        await harness.UploadAsync("a.txt", TestArticles.Harbour);
        await harness.Pipeline.ProcessAsync("a.txt"); // the article's first claim also creates its claim blob
        await harness.UploadAsync("a.txt", TestArticles.Library);

        var changed = await CountAsync(() => harness.Pipeline.ProcessAsync("a.txt"));
        var upToDate = await CountAsync(() => harness.Pipeline.ProcessAsync("a.txt"));

        AssertAtMost(4 + 3, changed);
        AssertAtMost(2, upToDate); // up to date never touches the claim
    }

    [Fact]
    public async Task Refresh_UpToDateArticle_TwoRequests_AsTheTrigger()
    {
        var harness = await PipelineHarness.CreateAsync(azurite, requests: _requests);
        await harness.UploadAsync("a.txt", TestArticles.Harbour);
        await harness.Pipeline.ProcessAsync("a.txt");

        AssertAtMost(2, await CountAsync(() => harness.Pipeline.RefreshAsync("a.txt")));
    }

    [Fact]
    public async Task LinkArticle_NewAsAnyArticle_Four_UpToDateTwo_RefreshAnswered304_ThreeAndNoWrite()
    {
        await using var pages = new PageServer();
        pages.Map("/page", (request, connection, stopping) => request.Header("If-None-Match") == "\"p1\""
            ? PageServer.WriteAsync(connection, 304, null, [], [("ETag", "\"p1\"")], stopping)
            : PageServer.WriteAsync(connection, 200, "text/html", Encoding.UTF8.GetBytes("<p>" + TestArticles.Harbour + "</p>"), [("ETag", "\"p1\"")], stopping));
        var harness = await PipelineHarness.CreateAsync(azurite, requests: _requests, links: TestLinkFetchers.Loopback(pages.Port));
        await harness.UploadAsync("a.url", TestArticles.Utf8($"[InternetShortcut]\r\nURL={pages.Url("/page").AbsoluteUri}\r\n"));

        var summarised = await CountAsync(() => harness.Pipeline.ProcessAsync("a.url"));
        var upToDate = await CountAsync(() => harness.Pipeline.ProcessAsync("a.url"));
        var refreshed = await CountAsync(() => harness.Pipeline.RefreshAsync("a.url"));

        AssertAtMost(4, summarised);
        AssertAtMost(2, upToDate);
        AssertAtMost(3, refreshed); // listing, the link (a few hundred bytes), the result's validators; nothing written
        Assert.DoesNotContain(_requests.Requests, r => r.StartsWith("PUT", StringComparison.Ordinal));
        Assert.Equal(1, harness.Engine.Calls);
        Assert.Equal(2, pages.Requests.Count);
    }

    private async Task<int> CountAsync<T>(Func<Task<T>> run)
    {
        _requests.Clear();
        await run();
        return _requests.Count;
    }

    private void AssertAtMost(int budget, int spent) =>
        Assert.True(spent <= budget, $"{spent} storage requests, budget {budget}: {string.Join(", ", _requests.Requests)}");
}
