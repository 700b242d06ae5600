using System.Diagnostics;
using Summarizer.AI;
using Summarizer.Storage.Pipeline;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Core.Telemetry;
using Summarizer.Testing;
using Summarizer.Testing.Telemetry;

namespace Summarizer.Storage.Tests.Pipeline;

/// <summary>
/// What a dashboard shows for pipeline runs against real storage: the counts by outcome and engine, the degraded
/// count, engine timings, and one trace per run from the pipeline span down to every storage call. The Azurite
/// collection runs its classes one at a time, so the process-wide meter sees only this test's runs.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PipelineTelemetryTests(AzuriteFixture azurite)
{
    private const string Articles = "summarizer.articles";

    [Fact]
    public async Task ProcessAsync_NewArticlesThenAgain_CountsSummarizedThenUpToDateByEngine()
    {
        using var telemetry = new TelemetryCapture();
        var harness = await PipelineHarness.CreateAsync(azurite);
        string[] names = ["a.txt", "b.txt", "c.txt"];
        foreach (var name in names)
        {
            await harness.UploadAsync(name, TestArticles.Harbour);
        }

        foreach (var name in names)
        {
            await harness.Pipeline.ProcessAsync(name);
        }

        foreach (var name in names)
        {
            await harness.Pipeline.ProcessAsync(name);
        }

        Assert.Equal(3, telemetry.Sum(Articles, (TelemetryAttributes.Outcome, ArticleOutcomes.Summarized), (TelemetryAttributes.Engine, "extractive")));
        Assert.Equal(3, telemetry.Sum(Articles, (TelemetryAttributes.Outcome, ArticleOutcomes.UpToDate), (TelemetryAttributes.Engine, "extractive")));
        Assert.Equal(6, telemetry.Sum(Articles));
        // The engine ran for the three new articles only, and each call was timed.
        Assert.Equal(3, telemetry.Count("summarizer.engine.duration", (TelemetryAttributes.Engine, "extractive")));
        Assert.True(telemetry.HistogramSum("summarizer.engine.duration") > 0);
        Assert.Equal(0, telemetry.Sum("summarizer.degraded"));
    }

    [Fact]
    public async Task ProcessAsync_ArticleTooLarge_CountsFailedWithItsErrorCode()
    {
        using var telemetry = new TelemetryCapture();
        var harness = await PipelineHarness.CreateAsync(azurite, maxInputBytes: 64);
        await harness.UploadAsync("big.txt", TestArticles.Harbour);

        var result = await harness.Pipeline.ProcessAsync("big.txt");

        Assert.Equal(PipelineOutcome.Failed, result.Outcome);
        Assert.Equal(1, telemetry.Sum(Articles, (TelemetryAttributes.Outcome, ArticleOutcomes.Failed), (TelemetryAttributes.ErrorType, ErrorCodes.InputTooLarge)));
        var span = Assert.Single(telemetry.Spans(), s => s.OperationName == SummarizerTelemetry.PipelineSpan);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(ErrorCodes.InputTooLarge, span.GetTagItem(TelemetryAttributes.ErrorType));
    }

    [Fact]
    public async Task ProcessAsync_ModelDown_CountsDegradedSummaryUnderTheConfiguredEngine()
    {
        using var telemetry = new TelemetryCapture();
        var model = new OutageChatClient();
        var engine = new FallbackSummarizer(new ChatClientSummarizer(model, new ChatSummarizerOptions
        {
            Model = "gpt-test",
            TimeBudget = TimeSpan.FromMilliseconds(300),
            RequestTimeout = TimeSpan.FromMilliseconds(200),
            InitialBackoff = TimeSpan.FromMilliseconds(10),
            MaxBackoff = TimeSpan.FromMilliseconds(20),
        }), new ExtractiveSummarizer());
        var harness = await PipelineHarness.CreateAsync(azurite, engine: engine);
        await harness.UploadAsync("harbour.txt", TestArticles.Harbour);

        var degraded = await harness.Pipeline.ProcessAsync("harbour.txt");
        model.IsDown = false;
        var recovered = await harness.Pipeline.ProcessAsync("harbour.txt");

        Assert.True(degraded.Degraded);
        Assert.False(recovered.Degraded);
        Assert.Equal(1, telemetry.Sum("summarizer.degraded", (TelemetryAttributes.Engine, ChatClientSummarizer.EngineName), (TelemetryAttributes.FallbackEngine, "extractive")));
        Assert.Equal(2, telemetry.Sum(Articles, (TelemetryAttributes.Outcome, ArticleOutcomes.Summarized), (TelemetryAttributes.Engine, ChatClientSummarizer.EngineName)));
        // The recovered run asked the model once: 120 input and 40 output tokens (OutageChatClient's usage).
        Assert.Equal(120, telemetry.Sum("summarizer.model.tokens", (TelemetryAttributes.TokenType, "input"), (TelemetryAttributes.RequestModel, "gpt-test")));
        Assert.Equal(40, telemetry.Sum("summarizer.model.tokens", (TelemetryAttributes.TokenType, "output"), (TelemetryAttributes.RequestModel, "gpt-test")));
    }

    [Fact]
    public async Task ProcessAsync_OneRun_TracesPipelineWithEngineAndStorageSpansAsChildren()
    {
        using var telemetry = new TelemetryCapture();
        var harness = await PipelineHarness.CreateAsync(azurite);
        await harness.UploadAsync("traced.txt", TestArticles.Harbour);

        await harness.Pipeline.ProcessAsync("traced.txt");

        var spans = telemetry.Spans();
        var pipeline = Assert.Single(spans, s => s.OperationName == SummarizerTelemetry.PipelineSpan && Equals(s.GetTagItem(TelemetryAttributes.Article), "traced.txt"));
        Assert.Equal(ArticleOutcomes.Summarized, pipeline.GetTagItem(TelemetryAttributes.Outcome));
        Assert.Equal("extractive", pipeline.GetTagItem(TelemetryAttributes.Engine));
        Assert.Equal(default, pipeline.ParentSpanId);
        var trace = spans.Where(s => s.TraceId == pipeline.TraceId).ToList();

        var engine = Assert.Single(trace, s => s.OperationName == SummarizerTelemetry.EngineSpan);
        Assert.Equal(pipeline.SpanId, engine.ParentSpanId);

        // Reads, the claim, the writes and the version checks: every storage call of the run is in its trace.
        var storage = trace.Where(s => s.Source.Name.StartsWith("Azure.", StringComparison.Ordinal)).ToList();
        Assert.True(storage.Count >= 4, $"storage spans: {string.Join(", ", storage.Select(s => s.DisplayName))}");
        Assert.All(storage, s => Assert.True(DescendsFrom(s, pipeline, trace), $"{s.DisplayName} is not under the pipeline span"));
        Assert.Contains(storage, s => s.DisplayName.Contains("Upload", StringComparison.Ordinal));
    }

    private static bool DescendsFrom(Activity span, Activity ancestor, List<Activity> trace)
    {
        for (var current = span; current is not null; current = trace.FirstOrDefault(s => s.SpanId == current.ParentSpanId))
        {
            if (current.ParentSpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }
}
