using System.Text.Json;

namespace Summarizer.Functions.Tests;

/// <summary>
/// Reads the <c>functions.metadata</c> the Worker SDK generated for the app's build: what the Functions host will index,
/// so a wrong route, auth level, trigger source or connection shows up here instead of after deployment.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonElement>> Functions = new(Load);

    [Theory]
    [InlineData("SummarizeText", "summarize", "Function", "post")]
    [InlineData("PutArticle", "articles/{*name}", "Function", "put")]
    [InlineData("GetSummary", "summaries/{*name}", "Function", "get")]
    [InlineData("RefreshSummary", "refresh/{*name}", "Function", "post")]
    [InlineData("Health", "health", "Anonymous", "get")]
    [InlineData("HealthDetails", "health/details", "Function", "get")] // the host checks the key before the worker sees the request
    public void HttpFunction_HasRouteMethodAndAuthLevel(string function, string route, string authLevel, string method)
    {
        var trigger = Trigger(function);

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal(authLevel, trigger.GetProperty("authLevel").GetString());
        Assert.Equal([method], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!).ToArray());
    }

    [Fact]
    public void SummarizeArticle_IsEventGridBlobTriggerOnTheArticlesContainerSettingWithNamedConnection()
    {
        var trigger = Trigger("SummarizeArticle");

        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        // The host resolves the container from the app setting the pipeline reads too.
        Assert.Equal("%Summarizer:ArticlesContainer%/{name}", trigger.GetProperty("path").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal("ArticlesStorage", trigger.GetProperty("connection").GetString());
        // Deferred binding means the function receives a BlobClient; the host does not download the blob for it.
        Assert.Equal("True", trigger.GetProperty("properties").GetProperty("supportsDeferredBinding").GetString());
    }

    [Fact]
    public void SummarizeRequested_IsQueueTriggerOnSummarizeRequestsWithNamedConnection()
    {
        var trigger = Trigger("SummarizeRequested");

        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("%Summarizer:RequestsQueue%", trigger.GetProperty("queueName").GetString());
        Assert.Equal("ArticlesStorage", trigger.GetProperty("connection").GetString());
    }

    [Fact]
    public void SweepArticles_IsTimerTriggerOnTheScheduleSetting()
    {
        var trigger = Trigger("SweepArticles");

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("%Summarizer:SweepSchedule%", trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void HostJson_QueueRetriesFiveTimesThirtySecondsApartWithBase64Messages()
    {
        using var host = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "host.json")));
        var queues = host.RootElement.GetProperty("extensions").GetProperty("queues");

        Assert.Equal(5, queues.GetProperty("maxDequeueCount").GetInt32());
        Assert.Equal("00:00:30", queues.GetProperty("visibilityTimeout").GetString());
        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
    }

    [Fact]
    public void Metadata_ListsExactlyTheContractFunctions()
    {
        Assert.Equal(["GetSummary", "Health", "HealthDetails", "PutArticle", "RefreshSummary", "SummarizeArticle", "SummarizeRequested", "SummarizeText", "SweepArticles"],
            Functions.Value.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    private static JsonElement Trigger(string function) =>
        Functions.Value[function].GetProperty("bindings").EnumerateArray()
            .Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    private static IReadOnlyDictionary<string, JsonElement> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        Assert.True(File.Exists(path), $"The build did not produce {path}; the Worker SDK generates it when Summarizer.Functions builds.");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone(), StringComparer.Ordinal);
    }
}
