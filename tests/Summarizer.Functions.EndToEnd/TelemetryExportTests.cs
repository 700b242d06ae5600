using Summarizer.Functions.EndToEnd.Fixtures;
using Summarizer.Functions.EndToEnd.Host;
using Summarizer.Functions.EndToEnd.Rpc;
using Summarizer.Testing;
using Summarizer.Testing.Servers;

namespace Summarizer.Functions.EndToEnd;

/// <summary>
/// The built worker, told where an OTLP collector is by the standard settings alone, exports the app's metrics and
/// spans there (and, by default, nothing anywhere: every other worker in this suite runs without them).
/// </summary>
public sealed class TelemetryExportTests : IAsyncLifetime
{
    private readonly AzuriteFixture _storage = new();
    private OtlpReceiver _collector = null!;
    private WorkerHost _worker = null!;

    public async Task InitializeAsync()
    {
        await _storage.InitializeAsync();
        _collector = await OtlpReceiver.StartAsync();
        var settings = AppSettings.For(_storage.ConnectionString);
        settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = _collector.Endpoint.ToString().TrimEnd('/');
        settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        // Export every half second instead of every minute (metrics) and five seconds (spans), so the test is quick.
        settings["OTEL_METRIC_EXPORT_INTERVAL"] = "500";
        settings["OTEL_BSP_SCHEDULE_DELAY"] = "200";
        _worker = await WorkerHost.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        if (_worker is not null)
        {
            await _worker.DisposeAsync();
        }

        if (_collector is not null)
        {
            await _collector.DisposeAsync();
        }

        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task BlobTriggerRunExportsPipelineMetricsAndSpansOverOtlp()
    {
        var name = Articles.UniqueName("orchard.txt");
        Expect.Status(await _worker.InvokeHttpAsync(HttpMethod.Put, ArticlePaths.Article(name), Articles.Text(Articles.Orchard)), 202);

        var trigger = await _worker.FireBlobCreatedAsync("articles", name);

        Assert.True(trigger.Result.Status == StatusResult.Types.Status.Success, $"{trigger.Result}\n{_worker.Log.Tail()}");
        Assert.True(await _collector.WaitForAsync("/v1/metrics", ["summarizer.articles", "summarizer.engine.duration", "summarized", "extractive"], TimeSpan.FromSeconds(30)),
            $"metrics did not arrive; received: {_collector.Describe()}\n{_worker.Log.Tail()}");
        // The pipeline span, the engine span inside it, and the storage SDK's spans under them.
        Assert.True(await _collector.WaitForAsync("/v1/traces", ["summarizer.pipeline", "summarizer.engine", "Azure.Storage.Blobs"], TimeSpan.FromSeconds(30)),
            $"spans did not arrive; received: {_collector.Describe()}\n{_worker.Log.Tail()}");
    }
}
