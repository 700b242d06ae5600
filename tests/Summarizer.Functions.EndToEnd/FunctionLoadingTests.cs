using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;

namespace Summarizer.Functions.EndToEnd;

/// <summary>What the worker tells the host about its functions, and that each of them loads.</summary>
[Collection(WorkerCollection.Name)]
public sealed class FunctionLoadingTests(WorkerFixture fixture)
{
    private readonly WorkerHost _worker = fixture.Worker;

    [Fact]
    public void EveryFunctionIsIndexedAndLoaded()
    {
        // StartAsync already failed if any FunctionLoadResponse was not a success.
        Assert.Equal(["GetSummary", "Health", "HealthDetails", "PutArticle", "RefreshSummary", "SummarizeArticle", "SummarizeRequested", "SummarizeText", "SweepArticles"],
            _worker.Functions.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    // Function keys are checked by the Functions host before a request reaches the worker, never by the worker itself:
    // the worker only declares the level in its metadata. So this is where authorisation is tested; the HTTP tests
    // below call the worker directly, as the host does once a key has been accepted.
    [Theory]
    [InlineData("SummarizeText", "post", "summarize", "Function")]
    [InlineData("PutArticle", "put", "articles/{*name}", "Function")]
    [InlineData("GetSummary", "get", "summaries/{*name}", "Function")]
    [InlineData("RefreshSummary", "post", "refresh/{*name}", "Function")]
    [InlineData("Health", "get", "health", "Anonymous")]
    [InlineData("HealthDetails", "get", "health/details", "Function")]
    public void HttpFunctionsDeclareRouteMethodAndAuthLevel(string name, string method, string route, string authLevel)
    {
        var function = _worker.Functions[name];

        Assert.Equal("httpTrigger", function.TriggerType);
        Assert.Equal(route, function.TriggerProperty("route"));
        Assert.Equal([method], function.HttpMethods);
        Assert.Equal(authLevel, function.TriggerProperty("authLevel"), ignoreCase: true);
    }

    [Fact]
    public void ArticleTriggerIsAnEventGridBlobTriggerOnArticles()
    {
        var function = _worker.Functions.BlobTriggerFor("articles");

        Assert.Equal("SummarizeArticle", function.Name);
        Assert.Equal("articles/{name}", function.TriggerProperty("path"));
        Assert.Equal("EventGrid", function.TriggerProperty("source"));
        // The setting's name: the worker reads the connection string itself from that setting.
        Assert.Equal("ArticlesStorage", function.TriggerProperty("connection"));
    }

    [Fact]
    public void QueueFunctionListensOnSummarizeRequestsThroughTheArticlesConnection()
    {
        var function = _worker.Functions.QueueTriggerFor("summarize-requests");

        Assert.Equal("SummarizeRequested", function.Name);
        Assert.Equal("ArticlesStorage", function.TriggerProperty("connection"));
    }

    [Fact]
    public void SweepIsATimerOnTheHourByDefault()
    {
        var function = _worker.Functions["SweepArticles"];

        Assert.Equal("timerTrigger", function.TriggerType);
        Assert.Equal("0 0 * * * *", function.TriggerProperty("schedule"));
    }
}
