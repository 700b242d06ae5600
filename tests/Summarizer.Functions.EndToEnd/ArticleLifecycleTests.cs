using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Functions.EndToEnd.Rpc;

namespace Summarizer.Functions.EndToEnd;

/// <summary>An article's way through the app: PUT, the blob-created trigger, then GET and refresh of its summary.</summary>
[Collection(WorkerCollection.Name)]
public sealed class ArticleLifecycleTests(WorkerFixture fixture)
{
    private readonly WorkerHost _worker = fixture.Worker;

    [Fact]
    public async Task PutThenTriggerThenGetServesTheSummary()
    {
        var name = Articles.UniqueName("orchard.txt");

        var put = await _worker.InvokeHttpAsync(HttpMethod.Put, ArticlePaths.Article(name), Articles.Text(Articles.Orchard));
        Expect.Status(put, 202);
        Assert.Equal(ArticlePaths.Summary(name), put.Header("Location"));

        // Until the event arrives the summary is on its way.
        var pending = await _worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(name));
        Expect.Status(pending, 202);
        Assert.NotNull(pending.Header("Retry-After"));

        var trigger = await _worker.FireBlobCreatedAsync("articles", name);
        Assert.True(trigger.Result.Status == StatusResult.Types.Status.Success, $"{trigger.Result}\n{_worker.Log.Tail()}");

        var json = await _worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(name));
        Expect.Status(json, 200);
        Assert.Equal(name, json.Json().GetProperty("source").GetProperty("name").GetString());
        Assert.Contains("apple harvest", json.Json().GetProperty("summary").GetString(), StringComparison.Ordinal);

        var markdown = await _worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(name), headers: new Dictionary<string, string> { ["Accept"] = "text/markdown" });
        Expect.Status(markdown, 200);
        Assert.StartsWith("text/markdown", markdown.ContentType);
    }

    [Theory]
    [InlineData("a name with spaces.txt")]
    [InlineData("新闻/café über.txt")]
    [InlineData("deep/one/two/three/article.md")]
    public async Task OddNamesKeepTheirNameThroughTheWholeWay(string odd)
    {
        var name = Articles.UniqueName(odd);
        var mediaType = name.EndsWith(".md", StringComparison.Ordinal) ? "text/markdown" : "text/plain";

        Expect.Status(await _worker.InvokeHttpAsync(HttpMethod.Put, ArticlePaths.Article(name), Articles.Text(Articles.Orchard, mediaType)), 202);
        var trigger = await _worker.FireBlobCreatedAsync("articles", name);
        Assert.True(trigger.Result.Status == StatusResult.Types.Status.Success, $"{trigger.Result}\n{_worker.Log.Tail()}");

        Expect.Status(await _worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(name)), 200);
        var summaries = fixture.Storage.CreateServiceClient().GetBlobContainerClient("summaries");
        Assert.True(await summaries.GetBlobClient(name + ".json").ExistsAsync(), $"summaries/{name}.json is missing");
        Assert.True(await summaries.GetBlobClient(name + ".md").ExistsAsync(), $"summaries/{name}.md is missing");
    }

    [Fact]
    public async Task MarkupInAnArticleNameStaysEscapedInEveryJsonItReaches()
    {
        // A name is article-supplied text that lands in the summary document, the stored error record and the problem
        // answer. Each must write markup as \u escapes, while letters such as é stay readable.
        var good = Articles.UniqueName("café <b onmouseover=alert(1)>.txt");
        var bad = Articles.UniqueName("café <img src=x onerror=alert(2)>.html");
        Expect.Status(await _worker.InvokeHttpAsync(HttpMethod.Put, ArticlePaths.Article(good), Articles.Text(Articles.Orchard)), 202);
        Expect.Status(await _worker.InvokeHttpAsync(HttpMethod.Put, ArticlePaths.Article(bad), Articles.Text(Articles.ScriptOnlyPage, "text/html")), 202);
        foreach (var name in new[] { good, bad })
        {
            var trigger = await _worker.FireBlobCreatedAsync("articles", name);
            Assert.True(trigger.Result.Status == StatusResult.Types.Status.Success, $"{trigger.Result}\n{_worker.Log.Tail()}");
        }

        var summary = await _worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(good));
        Expect.Status(summary, 200);
        Assert.Equal(good, summary.Json().GetProperty("source").GetProperty("name").GetString());
        var problem = await _worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(bad));
        Assert.Equal(bad, Expect.Problem(problem, 422, "no_extractable_text").GetProperty("errorRecord").GetProperty("name").GetString());
        var summaries = fixture.Storage.CreateServiceClient().GetBlobContainerClient("summaries");
        var record = (await summaries.GetBlobClient(bad + ".json").DownloadContentAsync()).Value.Content.ToString();

        foreach (var (what, json) in new[] { ("summary document", summary.Text), ("problem", problem.Text), ("error record", record) })
        {
            Assert.False(json.Contains('<', StringComparison.Ordinal) || json.Contains('>', StringComparison.Ordinal), $"raw markup in the {what}: {json}");
            Assert.Contains("café", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UnknownArticleIsNotFound()
    {
        var answer = await _worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(Articles.UniqueName("never-uploaded.txt")));

        Expect.Problem(answer, 404, "not_found");
    }

    [Fact]
    public async Task RefusedArticleIsUnprocessableWithItsErrorRecord()
    {
        var name = Articles.UniqueName("scripts-only.html");
        Expect.Status(await _worker.InvokeHttpAsync(HttpMethod.Put, ArticlePaths.Article(name), Articles.Text(Articles.ScriptOnlyPage, "text/html")), 202);

        // A permanent failure is recorded and the run succeeds: the host must not retry it.
        var trigger = await _worker.FireBlobCreatedAsync("articles", name);
        Assert.True(trigger.Result.Status == StatusResult.Types.Status.Success, $"{trigger.Result}\n{_worker.Log.Tail()}");

        var answer = await _worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(name));
        var problem = Expect.Problem(answer, 422, "no_extractable_text");
        Assert.Equal("failed", problem.GetProperty("errorRecord").GetProperty("status").GetString());
    }

    [Fact]
    public async Task RefreshSummarisesWithoutTheEvent()
    {
        var name = Articles.UniqueName("refresh/orchard.txt");
        Expect.Status(await _worker.InvokeHttpAsync(HttpMethod.Put, ArticlePaths.Article(name), Articles.Text(Articles.Orchard)), 202);

        var first = await _worker.InvokeHttpAsync(HttpMethod.Post, ArticlePaths.Refresh(name));
        Expect.Status(first, 200);
        Assert.Equal(name, first.Json().GetProperty("source").GetProperty("name").GetString());

        // Up to date now: the same stored document comes back.
        var again = await _worker.InvokeHttpAsync(HttpMethod.Post, ArticlePaths.Refresh(name));
        Expect.Status(again, 200);
        Assert.Equal(first.Json().GetProperty("createdAt").GetString(), again.Json().GetProperty("createdAt").GetString());
        Expect.Status(await _worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(name)), 200);
    }

    [Fact]
    public async Task RefreshOfAMissingArticleIsNotFound()
    {
        var answer = await _worker.InvokeHttpAsync(HttpMethod.Post, ArticlePaths.Refresh(Articles.UniqueName("missing.txt")));

        Expect.Problem(answer, 404, "not_found");
    }

    [Theory]
    [InlineData("report.")]
    [InlineData("news/report.error")]
    public async Task InvalidNamesAreBadRequests(string invalid)
    {
        Expect.Problem(await _worker.InvokeHttpAsync(HttpMethod.Get, ArticlePaths.Summary(invalid)), 400, "invalid_name");
        Expect.Problem(await _worker.InvokeHttpAsync(HttpMethod.Put, ArticlePaths.Article(invalid), Articles.Text(Articles.Orchard)), 400, "invalid_name");
    }

    [Fact]
    public async Task EmptyArticleIsABadRequest()
    {
        var answer = await _worker.InvokeHttpAsync(HttpMethod.Put, ArticlePaths.Article(Articles.UniqueName("empty.txt")), Articles.Text(""));

        Expect.Problem(answer, 400, "empty_input");
    }
}
