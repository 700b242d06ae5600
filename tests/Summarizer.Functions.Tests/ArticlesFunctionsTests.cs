using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Summarizer.Storage.Configuration;
using Summarizer.Core;
using Summarizer.Functions.Triggers;
using Summarizer.Functions.Tests.Support;
using Summarizer.Testing;

namespace Summarizer.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ArticlesFunctionsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task PutArticle_ValidArticle_Returns202WithLocationAndStoresIt()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(harness.Articles.PutArticle(
            HttpExchange.Text("PUT", "/api/articles/news/big harbour.md", TestArticles.Harbour, "text/markdown"), "news/big harbour.md", CancellationToken.None));

        Assert.Equal(202, response.Status);
        Assert.Equal("/api/summaries/news/big%20harbour.md", response.Headers["Location"]);
        BlobProperties stored = await harness.ArticleBlob("news/big harbour.md").GetPropertiesAsync();
        Assert.Equal("text/markdown", stored.ContentType);
    }

    [Fact]
    public async Task PutArticle_ThenTrigger_SummaryBecomesReadable()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.Articles.PutArticle(HttpExchange.Text("PUT", "/api/articles/flow.txt", TestArticles.Library), "flow.txt", CancellationToken.None);
        var pending = await HttpExchange.RunAsync(harness.Summaries.GetSummary(HttpExchange.Request("GET", "/api/summaries/flow.txt"), "flow.txt", CancellationToken.None));

        await harness.Trigger.SummarizeArticle(harness.ArticleBlob("flow.txt"), CancellationToken.None);
        var ready = await HttpExchange.RunAsync(harness.Summaries.GetSummary(HttpExchange.Request("GET", "/api/summaries/flow.txt"), "flow.txt", CancellationToken.None));

        Assert.Equal(202, pending.Status);
        Assert.Equal(200, ready.Status);
        Assert.Equal("flow.txt", ready.Json.GetProperty("source").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("ends-with-dot.")]
    [InlineData("a//b.txt")]
    [InlineData("x.error")]
    public async Task PutArticle_InvalidName_Returns400WithoutStorageCall(string name)
    {
        var unreachable = new ArticlesFunctions(FunctionsHarness.UnreachableStorage(), Options.Create(new SummarizerOptions()));

        var response = await HttpExchange.RunAsync(unreachable.PutArticle(HttpExchange.Text("PUT", "/api/articles/" + name, TestArticles.Harbour), name, CancellationToken.None));

        response.AssertProblem(400, ErrorCodes.InvalidName);
    }

    [Fact]
    public async Task PutArticle_EmptyBody_Returns400()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await HttpExchange.RunAsync(harness.Articles.PutArticle(HttpExchange.Text("PUT", "/api/articles/e.txt", ""), "e.txt", CancellationToken.None));

        response.AssertProblem(400, ErrorCodes.EmptyInput);
    }

    [Fact]
    public async Task PutArticle_OverCap_Returns413AndStoresNothing()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite, maxInputBytes: 50);

        var response = await HttpExchange.RunAsync(harness.Articles.PutArticle(HttpExchange.Text("PUT", "/api/articles/big.txt", TestArticles.Harbour), "big.txt", CancellationToken.None));

        response.AssertProblem(413, ErrorCodes.InputTooLarge);
        Assert.False((await harness.ArticleBlob("big.txt").ExistsAsync()).Value);
    }

    [Fact]
    public async Task PutArticle_StorageDown_Returns503()
    {
        var unreachable = new ArticlesFunctions(FunctionsHarness.UnreachableStorage(), Options.Create(new SummarizerOptions()));

        var response = await HttpExchange.RunAsync(unreachable.PutArticle(HttpExchange.Text("PUT", "/api/articles/a.txt", TestArticles.Harbour), "a.txt", CancellationToken.None));

        response.AssertProblem(503, ErrorCodes.StorageUnavailable);
    }
}
