using Summarizer.Testing.Servers;

namespace Summarizer.AI.Tests;

/// <summary>
/// The built tool, given an OTLP endpoint, sends the same metrics and spans as the function app, and sends them before
/// it exits: the export interval is a minute, so what arrives by the exit was flushed at the end of the command.
/// </summary>
public sealed class CliTelemetryTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-cli-otel-").FullName;
    private FakeAzureOpenAIServer _server = null!;
    private OtlpReceiver _collector = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeAzureOpenAIServer.StartAsync();
        _collector = await OtlpReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _collector.DisposeAsync();
        await _server.DisposeAsync();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Summarize_OtlpEndpointSet_ExportsArticleTokenAndEngineMetricsAndSpansBeforeExit()
    {
        var file = Path.Combine(_folder, "harbour.txt");
        await File.WriteAllTextAsync(file, Articles.Harbour);

        var (exitCode, _, stderr) = await CliEngineTests.RunAsync(Settings(), "summarize", "--engine", "azure-openai", file);

        Assert.True(exitCode == 0, stderr);
        Assert.True(_collector.Received("/v1/metrics", "summarizer.articles"), _collector.Describe());
        Assert.True(_collector.Received("/v1/metrics", "summarizer.model.tokens"), _collector.Describe());
        Assert.True(_collector.Received("/v1/metrics", "summarizer.engine.duration"), _collector.Describe());
        Assert.True(_collector.Received("/v1/metrics", "summarizer-cli"), "the resource names the service");
        Assert.True(_collector.Received("/v1/traces", "summarizer.engine"), _collector.Describe());
        Assert.True(_collector.Received("/v1/traces", "chat " + TestEngine.Deployment), "the model request span");
    }

    [Fact]
    public async Task Batch_OtlpEndpointSet_CountsEveryRecordBeforeExit()
    {
        var input = Path.Combine(_folder, "in.jsonl");
        var output = Path.Combine(_folder, "out.jsonl");
        await File.WriteAllLinesAsync(input, ["{\"id\":1,\"text\":\"" + Articles.Harbour.Replace("\n", " ", StringComparison.Ordinal) + "\"}", "{\"id\":2}"]);

        var (exitCode, _, stderr) = await CliEngineTests.RunAsync(Settings(), "batch", "--input", input, "--output", output);

        Assert.True(exitCode is 0 or 1, stderr);
        Assert.True(_collector.Received("/v1/metrics", "summarizer.articles"), _collector.Describe());
        Assert.True(_collector.Received("/v1/metrics", "summarized"), "the summarised record is counted");
        Assert.True(_collector.Received("/v1/metrics", "failed"), "the record without text is counted as failed");
    }

    [Fact]
    public async Task Summarize_NoOtlpEndpoint_SendsNothing()
    {
        var file = Path.Combine(_folder, "harbour.txt");
        await File.WriteAllTextAsync(file, Articles.Harbour);
        var settings = Settings();
        settings.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");

        var (exitCode, _, stderr) = await CliEngineTests.RunAsync(settings, "summarize", file);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal("", _collector.Describe());
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["AzureOpenAI__Endpoint"] = _server.Endpoint.ToString(),
        ["AzureOpenAI__Deployment"] = TestEngine.Deployment,
        ["AzureOpenAI__ApiKey"] = TestEngine.ApiKey,
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = _collector.Endpoint.ToString().TrimEnd('/'),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
    };
}
