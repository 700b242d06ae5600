using Summarizer.Core;
using Summarizer.Core.Documents;
using Summarizer.Functions.Triggers;
using Summarizer.Functions.Tests.Support;
using Summarizer.Testing;

namespace Summarizer.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class SummariesFunctionsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task GetSummary_Summarised_Returns200Json()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.Storage.UploadAsync("dir/a b.txt", TestArticles.Harbour);
        await harness.Storage.Pipeline.ProcessAsync("dir/a b.txt");

        var response = await GetAsync(harness.Summaries, "dir/a b.txt");

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal("dir/a b.txt", response.Json.GetProperty("source").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("text/markdown")]
    [InlineData("text/markdown, application/json;q=0.5")]
    public async Task GetSummary_AcceptMarkdown_Returns200Markdown(string accept)
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.Storage.UploadAsync("a.txt", TestArticles.Harbour);
        await harness.Storage.Pipeline.ProcessAsync("a.txt");

        var response = await GetAsync(harness.Summaries, "a.txt", accept);

        Assert.Equal(200, response.Status);
        Assert.Equal("text/markdown; charset=utf-8", response.ContentType);
        Assert.StartsWith("# ", response.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stale")]
    [InlineData("missing")]
    public async Task GetSummary_AcceptMarkdown_RendersTheStoredResultWhateverItsMarkdownBlobHolds(string markdownBlob)
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.Storage.UploadAsync("a.txt", TestArticles.Harbour);
        await harness.Storage.Pipeline.ProcessAsync("a.txt");
        var stored = await harness.Storage.SummariesContainer.GetBlobClient("a.txt.json").DownloadContentAsync();
        var markdown = harness.Storage.SummariesContainer.GetBlobClient("a.txt.md");
        if (markdownBlob == "stale")
        {
            await markdown.UploadAsync(BinaryData.FromString("# An older summary\n"), overwrite: true);
        }
        else
        {
            await markdown.DeleteAsync();
        }

        var response = await GetAsync(harness.Summaries, "a.txt", "text/markdown");

        Assert.Equal(200, response.Status);
        Assert.Equal(MarkdownRenderer.Render(SummaryDocumentSerializer.FromJson(stored.Value.Content.ToMemory().Span)), response.Text);
    }

    [Fact]
    public async Task GetSummary_ErrorRecordWrittenBefore20_Returns422WithIt()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.Storage.UploadAsync("old.txt", TestArticles.InvalidUtf8);
        await harness.Storage.SummariesContainer.GetBlobClient("old.txt.error.json").UploadAsync(BinaryData.FromString(
            "{\"status\":\"failed\",\"code\":\"invalid_encoding\",\"message\":\"The article is not valid UTF-8.\",\"name\":\"old.txt\",\"sourceEtag\":\"\\\"0x1\\\"\",\"sourceLastModified\":\"2026-01-01T00:00:00+00:00\",\"fingerprint\":\"f\",\"failedAt\":\"2026-01-01T00:00:00+00:00\"}"));

        var response = await GetAsync(harness.Summaries, "old.txt");

        var problem = response.AssertProblem(422, ErrorCodes.InvalidEncoding);
        Assert.Equal("failed", problem.GetProperty("errorRecord").GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetSummary_ArticleNotYetSummarised_Returns202WithRetryAfter()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.Storage.UploadAsync("waiting.txt", TestArticles.Harbour);

        var response = await GetAsync(harness.Summaries, "waiting.txt");

        Assert.Equal(202, response.Status);
        Assert.Equal("5", response.Headers["Retry-After"]);
        Assert.Equal("pending", response.Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetSummary_Failed_Returns422WithErrorRecord()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        var article = await harness.Storage.UploadAsync("bad.txt", TestArticles.InvalidUtf8);
        await harness.Storage.Pipeline.ProcessAsync("bad.txt");

        var response = await GetAsync(harness.Summaries, "bad.txt");

        var problem = response.AssertProblem(422, ErrorCodes.InvalidEncoding);
        var record = problem.GetProperty("errorRecord");
        Assert.Equal("failed", record.GetProperty("status").GetString());
        Assert.Equal(article.ETag.ToString(), record.GetProperty("sourceEtag").GetString());
    }

    [Fact]
    public async Task GetSummary_NeitherArticleNorSummary_Returns404()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await GetAsync(harness.Summaries, "nothing-here.txt");

        response.AssertProblem(404, "not_found");
    }

    [Theory]
    [InlineData("")]
    [InlineData("trailing/")]
    [InlineData("dots/../escape")]
    [InlineData("reserved.error")]
    public async Task GetSummary_InvalidName_Returns400WithoutStorageCall(string name)
    {
        var unreachable = new SummariesFunctions(FunctionsHarness.UnreachableStorage());

        var response = await GetAsync(unreachable, name);

        response.AssertProblem(400, ErrorCodes.InvalidName);
    }

    [Fact]
    public async Task GetSummary_NameTooLong_Returns400()
    {
        var unreachable = new SummariesFunctions(FunctionsHarness.UnreachableStorage());

        var response = await GetAsync(unreachable, new string('n', 1020));

        response.AssertProblem(400, ErrorCodes.InvalidName);
    }

    [Fact]
    public async Task GetSummary_StorageDown_Returns503()
    {
        var unreachable = new SummariesFunctions(FunctionsHarness.UnreachableStorage());

        var response = await GetAsync(unreachable, "a.txt");

        response.AssertProblem(503, ErrorCodes.StorageUnavailable);
    }

    [Fact]
    public async Task RefreshSummary_UnsummarisedArticle_SummarisesNowAndReturns200()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.Storage.UploadAsync("missed-event.txt", TestArticles.Library);

        var response = await RefreshAsync(harness.Summaries, "missed-event.txt");

        Assert.Equal(200, response.Status);
        Assert.Equal(1, harness.Engine.Calls);
        Assert.Equal(["missed-event.txt.json", "missed-event.txt.md"], await harness.Storage.SummaryBlobNamesAsync());
    }

    [Fact]
    public async Task RefreshSummary_UpToDate_Returns200WithoutEngineCall()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.Storage.UploadAsync("done.txt", TestArticles.Library);
        await harness.Storage.Pipeline.ProcessAsync("done.txt");

        var response = await RefreshAsync(harness.Summaries, "done.txt");

        Assert.Equal(200, response.Status);
        Assert.Equal(1, harness.Engine.Calls);
    }

    [Fact]
    public async Task RefreshSummary_BadArticle_Returns422WithErrorRecord()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.Storage.UploadAsync("bad.txt", TestArticles.InvalidUtf8);

        var response = await RefreshAsync(harness.Summaries, "bad.txt");

        response.AssertProblem(422, ErrorCodes.InvalidEncoding);
    }

    [Fact]
    public async Task RefreshSummary_NoArticle_Returns404()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);

        var response = await RefreshAsync(harness.Summaries, "ghost.txt");

        response.AssertProblem(404, "not_found");
    }

    [Fact]
    public async Task RefreshSummary_InvalidName_Returns400()
    {
        var unreachable = new SummariesFunctions(FunctionsHarness.UnreachableStorage());

        var response = await RefreshAsync(unreachable, "bad//name");

        response.AssertProblem(400, ErrorCodes.InvalidName);
    }

    [Fact]
    public async Task RefreshSummary_EngineUnavailable_Returns503()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        await harness.Storage.UploadAsync("later.txt", TestArticles.Library);
        harness.Engine.BeforeSummarizeAsync = _ => throw new SummarizerException(ErrorCodes.EngineUnavailable, "Down.", isTransient: true);

        var response = await RefreshAsync(harness.Summaries, "later.txt");

        response.AssertProblem(503, ErrorCodes.EngineUnavailable);
    }

    private static async Task<HttpExchange.Response> GetAsync(SummariesFunctions functions, string name, string? accept = null) =>
        await HttpExchange.RunAsync(functions.GetSummary(HttpExchange.Request("GET", "/api/summaries/x", accept: accept), name, CancellationToken.None));

    private static async Task<HttpExchange.Response> RefreshAsync(SummariesFunctions functions, string name) =>
        await HttpExchange.RunAsync(functions.RefreshSummary(HttpExchange.Request("POST", "/api/refresh/x"), name, CancellationToken.None));
}
