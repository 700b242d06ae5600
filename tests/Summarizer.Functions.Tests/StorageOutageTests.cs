using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Storage.Configuration;
using Summarizer.Storage.Interactive;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Blobs;
using Summarizer.Core;
using Summarizer.Core.Ingestion;
using Summarizer.Functions.Triggers;
using Summarizer.Functions.Hosting;
using Summarizer.Functions.Http;
using Summarizer.Functions.Tests.Support;
using Summarizer.Testing;

namespace Summarizer.Functions.Tests;

/// <summary>
/// Storage down, with the clients the app really uses: the HTTP functions get the interactive profile as it ships, the
/// trigger the SDK's default policy (six tries) with only its delays shortened. Before the stores mapped errors in one
/// place, the SDK's AggregateException slipped past every catch: an empty 200 over HTTP, and an exception the host
/// could not classify from the trigger.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageOutageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task GetSummary_StorageDown_Answers503ProblemWithRetryAfter()
    {
        var functions = new SummariesFunctions(FunctionsHarness.UnreachableStorage());

        var response = await HttpExchange.RunAsync(functions.GetSummary(HttpExchange.Request("GET", "/api/summaries/a.txt"), "a.txt", CancellationToken.None));

        AssertStorageProblem(response);
    }

    [Fact]
    public async Task RefreshSummary_StorageDown_Answers503ProblemWithRetryAfter()
    {
        var functions = new SummariesFunctions(FunctionsHarness.UnreachableStorage());

        var response = await HttpExchange.RunAsync(functions.RefreshSummary(HttpExchange.Request("POST", "/api/refresh/a.txt"), "a.txt", CancellationToken.None));

        AssertStorageProblem(response);
    }

    [Fact]
    public async Task PutArticle_StorageDown_Answers503ProblemWithRetryAfter()
    {
        var functions = new ArticlesFunctions(FunctionsHarness.UnreachableStorage(), Options.Create(new SummarizerOptions()));

        var response = await HttpExchange.RunAsync(functions.PutArticle(HttpExchange.Text("PUT", "/api/articles/a.txt", TestArticles.Harbour), "a.txt", CancellationToken.None));

        AssertStorageProblem(response);
    }

    [Fact]
    public void InteractiveProfile_WorstCaseFitsTheTenSecondAnswer()
    {
        // Storage that accepts connections and never answers costs every try its full timeout, plus the back-off
        // between tries (at most MaxDelay, with the SDK's jitter of up to +20 %).
        var retry = StorageClientProfiles.Interactive().Retry;
        var worstCase = (retry.MaxRetries + 1) * retry.NetworkTimeout + retry.MaxRetries * retry.MaxDelay * 1.2;

        Assert.True(worstCase < TimeSpan.FromSeconds(10), $"worst case {worstCase}");
        Assert.True(retry.MaxRetries >= 1, "interactive calls still retry once at least");
    }

    [Fact]
    public async Task SummarizeArticle_StorageDown_ThrowsTransientStorageUnavailable()
    {
        var pipeline = UnreachableStorage.Pipeline(UnreachableStorage.BackgroundWithShortDelays(), new CountingSummarizer());
        var trigger = new ArticleTrigger(pipeline, NullLogger<ArticleTrigger>.Instance);
        var blob = new BlobClient(UnreachableStorage.ConnectionString(), "articles", "a.txt");

        var ex = await Assert.ThrowsAsync<SummarizerException>(() => trigger.SummarizeArticle(blob, CancellationToken.None));

        Assert.Equal(ErrorCodes.StorageUnavailable, ex.Code);
        Assert.True(ex.IsTransient);
        Assert.Contains("after 6 tries", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContainerInitializer_StorageDownAtStart_StartsAndCreatesContainersOnceStorageIsBack()
    {
        var port = AzuriteFixture.FreePort();
        var suffix = Guid.NewGuid().ToString("N");
        var options = new SummarizerOptions { ArticlesContainer = "in-" + suffix, SummariesContainer = "out-" + suffix };
        var storage = new InteractiveStorage(PipelineOn(AzuriteFixture.ConnectionStringFor(port), options));
        var clock = new FakeTimeProvider();
        using var initializer = new ContainerInitializer(storage, clock, NullLogger<ContainerInitializer>.Instance);

        await initializer.StartAsync(CancellationToken.None); // before: the SDK's AggregateException failed the host here
        Assert.False(await RunRetriesAsync(clock, initializer, TimeSpan.FromSeconds(2)));

        await using (new TcpForwarder(port, azurite.BlobPort))
        {
            Assert.True(await RunRetriesAsync(clock, initializer, TimeSpan.FromSeconds(30)));
        }

        await initializer.StopAsync(CancellationToken.None);
        var service = azurite.CreateServiceClient();
        Assert.True((await service.GetBlobContainerClient(options.ArticlesContainer).ExistsAsync()).Value);
        Assert.True((await service.GetBlobContainerClient(options.SummariesContainer).ExistsAsync()).Value);
    }

    [Fact]
    public async Task Middleware_UnexpectedException_Answers500ProblemNotAnEmpty200()
    {
        var response = await HttpExchange.RunAsync(Throw(new InvalidOperationException("bug")));

        response.AssertProblem(500, ErrorCodes.InternalError);
        Assert.DoesNotContain("bug", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Middleware_NonHttpInvocation_LetsTransientErrorsReachTheHost()
    {
        var middleware = new HttpResponseMiddleware(NullLogger<HttpResponseMiddleware>.Instance);
        var outage = new SummarizerException(ErrorCodes.StorageUnavailable, "down", isTransient: true);

        // A blob trigger has no HttpContext: its error must reach the host, which retries and finally poisons it.
        var thrown = await Assert.ThrowsAsync<SummarizerException>(() => middleware.Invoke(new HttpFunctionContext(null), _ => throw outage));

        Assert.Same(outage, thrown);
    }

    [Fact]
    public async Task Middleware_EveryAnswer_CarriesNoSniff()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var ok = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(HttpExchange.Text("POST", "/api/summarize", TestArticles.Harbour), CancellationToken.None));
        var problem = await HttpExchange.RunAsync(harness.SummarizeText.SummarizeText(HttpExchange.Text("POST", "/api/summarize", ""), CancellationToken.None));
        var health = await HttpExchange.RunAsync(harness.Health.Health(HttpExchange.Request("GET", "/api/health"), CancellationToken.None));

        foreach (var response in new[] { ok, problem, health })
        {
            Assert.Equal("nosniff", response.Headers["X-Content-Type-Options"]);
        }
    }

    private static void AssertStorageProblem(HttpExchange.Response response)
    {
        var json = response.AssertProblem(503, ErrorCodes.StorageUnavailable);
        Assert.Equal("5", response.Headers["Retry-After"]);
        // The storage endpoint is in the log, not in the answer.
        Assert.DoesNotContain("127.0.0.1", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<Microsoft.AspNetCore.Mvc.IActionResult> Throw(Exception ex)
    {
        await Task.Yield();
        throw ex;
    }

    private static StoredArticlePipeline PipelineOn(string connectionString, SummarizerOptions options)
    {
        var service = new BlobServiceClient(connectionString, StorageClientProfiles.Interactive());
        return new StoredArticlePipeline(
            new BlobArticleStore(service.GetBlobContainerClient(options.ArticlesContainer)),
            new BlobSummaryStore(service.GetBlobContainerClient(options.SummariesContainer)),
            new ArticleProcessor(new ArticleDecoder(), new CountingSummarizer(), TimeProvider.System),
            TestLinkFetchers.PublicOnly(),
            Options.Create(options),
            TimeProvider.System,
            NullLogger<StoredArticlePipeline>.Instance);
    }

    // Advances the fake clock past any retry wait, over and over (a wait registered after an advance needs the next one),
    // for up to the given real time; true when the initializer finished.
    private static async Task<bool> RunRetriesAsync(FakeTimeProvider clock, ContainerInitializer initializer, TimeSpan realTime)
    {
        var deadline = DateTime.UtcNow + realTime;
        while (!initializer.Ready.IsCompleted && DateTime.UtcNow < deadline)
        {
            clock.Advance(ContainerInitializer.MaxRetryDelay);
            await Task.WhenAny(initializer.Ready, Task.Delay(50));
        }

        return initializer.Ready.IsCompleted;
    }
}
