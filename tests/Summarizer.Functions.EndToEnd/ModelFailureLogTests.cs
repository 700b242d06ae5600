using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Testing;
using Summarizer.Testing.Servers;

namespace Summarizer.Functions.EndToEnd;

/// <summary>
/// The built worker on the Azure OpenAI engine against a model endpoint that fails in every way the engine handles and
/// echoes the api-key and the article back in each failure (a misconfigured proxy or a hostile endpoint). Every line
/// the worker writes (stdout, stderr and the logs it streams to the host, every category at Trace, as a user may switch
/// on) and everything it exports over OTLP (spans with their status and exception events, logs), with message content
/// capture switched on, must hold neither the key nor any article text.
/// </summary>
public sealed class ModelFailureLogTests : IAsyncLifetime
{
    private readonly AzuriteFixture _storage = new();
    private readonly string _apiKey = Guid.NewGuid().ToString("N");
    private FakeAzureOpenAIServer _model = null!;
    private OtlpReceiver _collector = null!;

    public async Task InitializeAsync()
    {
        await _storage.InitializeAsync();
        _model = await FakeAzureOpenAIServer.StartAsync();
        _model.Respond = HostileModel.Respond;
        _collector = await OtlpReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _collector.DisposeAsync();
        await _model.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task EveryModelFailureEchoingTheRequestLeavesNoKeyOrArticleTextInAnyLogLineOrExport()
    {
        var worker = await WorkerHost.StartAsync(Settings());
        HttpAnswer[] answers;
        try
        {
            answers = await Task.WhenAll(HostileModel.Failures.Select(failure =>
                worker.InvokeHttpAsync(HttpMethod.Post, "/api/summarize", Articles.Text(HostileModel.Article(failure)))));
        }
        finally
        {
            // Stopping the worker flushes its exporters, so everything it would send has arrived.
            await worker.DisposeAsync();
        }

        Assert.Equal(HostileModel.Failures.Order(), _model.Requests.Select(HostileModel.FailureOf).Distinct().Order());
        var lines = worker.Log.Lines();
        foreach (var secret in Secrets())
        {
            var leaks = lines.Where(line => line.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(leaks.Count == 0, $"{leaks.Count} worker log lines hold '{secret}', the first:\n{Shorten(leaks.FirstOrDefault())}");
            Assert.True(_collector.CountHolding(secret) == 0, $"'{secret}' was exported over OTLP");
        }

        // Each failure is an engine error with its code, never an unexpected 500 (whose exception would be logged).
        Assert.All(answers, answer => Assert.True(answer.Status is >= 400 and not 500, answer.ToString()));

        // What the logs say instead: the status, the error code and the request id of a failed request.
        Assert.Contains(lines, line => line.Contains("HTTP 429", StringComparison.Ordinal) && line.Contains(HostileModel.RequestId, StringComparison.Ordinal));
        Assert.True(_collector.Received("/v1/traces", "chat summarizer"), "the model request spans were exported");
    }

    private IEnumerable<string> Secrets() => [_apiKey, StorageKey(), .. HostileModel.ArticleCanaries];

    // The storage account key is in the worker's settings too.
    private string StorageKey() =>
        _storage.ConnectionString.Split(';').Single(part => part.StartsWith("AccountKey=", StringComparison.Ordinal))["AccountKey=".Length..];

    private Dictionary<string, string> Settings()
    {
        var settings = AppSettings.For(_storage.ConnectionString);
        settings["Summarizer__Engine"] = "azure-openai";
        settings["Summarizer__Fallback"] = "none"; // every failure goes through the HTTP error path and its logs
        settings["AzureOpenAI__Endpoint"] = _model.Endpoint.ToString();
        settings["AzureOpenAI__Deployment"] = "summarizer";
        settings["AzureOpenAI__ApiKey"] = _apiKey;
        // Generous, so that on a loaded machine only the "timeout" failure runs out of time.
        settings["AzureOpenAI__TimeBudget"] = "00:00:08";
        settings["AzureOpenAI__RequestTimeout"] = "00:00:04";
        settings["AzureOpenAI__InitialBackoff"] = "00:00:00.010";
        settings["AzureOpenAI__MaxBackoff"] = "00:00:00.050";
        // Everything a user could switch on: every category at Trace, message content on the GenAI spans, OTLP export.
        settings["Logging__LogLevel__Default"] = "Trace";
        settings["OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"] = "true";
        settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = _collector.Endpoint.ToString().TrimEnd('/');
        settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        settings["OTEL_BSP_SCHEDULE_DELAY"] = "200";
        settings["OTEL_BLRP_SCHEDULE_DELAY"] = "200";
        return settings;
    }

    private static string Shorten(string? line) => line is null || line.Length <= 3000 ? line ?? "" : line[..3000] + "…";
}
