using Summarizer.Testing.Servers;

namespace Summarizer.AI.Tests;

/// <summary>
/// The built <c>summarizer</c> tool against a model endpoint that fails in every way and echoes the key and the article
/// back in each failure: what it prints on stderr (not a terminal here) and the telemetry it exports over OTLP, message
/// content capture switched on as a user could, hold neither the key nor any article text. The worker's side is
/// tests/Summarizer.Functions.EndToEnd/ModelFailureLogTests.
/// </summary>
public sealed class ModelFailureLogTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-hostile-model-").FullName;
    private readonly string _apiKey = Guid.NewGuid().ToString("N");
    private FakeAzureOpenAIServer _server = null!;
    private OtlpReceiver _collector = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeAzureOpenAIServer.StartAsync();
        _server.Respond = HostileModel.Respond;
        _collector = await OtlpReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _collector.DisposeAsync();
        await _server.DisposeAsync();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Summarize_EveryModelFailureEchoingTheRequest_NoKeyOrArticleTextOnStderrOrInExportedTelemetry()
    {
        var files = HostileModel.Failures.Select(failure => Write(failure + ".txt", HostileModel.Article(failure))).ToList();

        var (exitCode, stdout, stderr) = await CliEngineTests.RunAsync(Settings(), ["summarize", "--engine", "azure-openai", .. files]);

        Assert.True(exitCode == 1, $"exit code {exitCode}\n{Shorten(stderr)}");
        Assert.Equal(HostileModel.Failures.Order(), _server.Requests.Select(HostileModel.FailureOf).Distinct().Order());
        // One line per article, each naming its error code.
        Assert.All(HostileModel.Failures, failure => Assert.Contains($"{failure}.txt: ", stderr, StringComparison.Ordinal));
        foreach (var secret in Secrets())
        {
            Assert.False(stdout.Contains(secret, StringComparison.OrdinalIgnoreCase) || stderr.Contains(secret, StringComparison.OrdinalIgnoreCase),
                $"the CLI printed '{secret}':\n{Shorten(stderr)}");
            Assert.True(_collector.CountHolding(secret) == 0, $"'{secret}' was exported over OTLP");
        }

        Assert.True(_collector.Received("/v1/traces", "chat " + TestEngine.Deployment), "the model request spans were exported");
    }

    private IEnumerable<string> Secrets() => [_apiKey, .. HostileModel.ArticleCanaries];

    private Dictionary<string, string> Settings() => new()
    {
        ["AzureOpenAI__Endpoint"] = _server.Endpoint.ToString(),
        ["AzureOpenAI__Deployment"] = TestEngine.Deployment,
        ["AzureOpenAI__ApiKey"] = _apiKey,
        // Generous, so that on a loaded machine only the "timeout" failure runs out of time.
        ["AzureOpenAI__TimeBudget"] = "00:00:08",
        ["AzureOpenAI__RequestTimeout"] = "00:00:04",
        ["AzureOpenAI__InitialBackoff"] = "00:00:00.010",
        ["AzureOpenAI__MaxBackoff"] = "00:00:00.050",
        ["Summarizer__Fallback"] = "none",
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = _collector.Endpoint.ToString().TrimEnd('/'),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        // Switches that put message contents on spans, and the log levels that would show them, where a user may set them.
        ["OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"] = "true",
        ["Logging__LogLevel__Default"] = "Trace",
    };

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string Shorten(string text) => text.Length <= 4000 ? text : text[..4000] + "…";
}
