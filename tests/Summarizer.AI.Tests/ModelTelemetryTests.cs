using System.Diagnostics;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;
using Summarizer.Core.Telemetry;
using Summarizer.Testing.Servers;
using Summarizer.Testing.Telemetry;

namespace Summarizer.AI.Tests;

/// <summary>
/// The model engine as hosts build it (the factory's chat client over the real SDK, a fake Azure OpenAI server): tokens
/// counted by kind, and one GenAI span per request under the engine span. Other tests call models in parallel, so
/// metrics are read for this test's own deployment name and spans for this test's own trace.
/// </summary>
public sealed class ModelTelemetryTests : IAsyncLifetime
{
    private const string Deployment = "gpt-telemetry-test";
    private FakeAzureOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeAzureOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SummarizeAsync_RetriedThenAnswered_CountsTokensByKindAndTracesEveryRequestUnderTheEngineSpan()
    {
        using var telemetry = new TelemetryCapture();
        _server.RespondInOrder(
            AzureReplies.ServiceUnavailable(),
            AzureReplies.Completion(AzureReplies.SummaryJson(["The harbour wall will be rebuilt."]), promptTokens: 321, completionTokens: 45));
        var engine = CreateEngine();
        // A sampled root of this test's own, so its spans can be told from other tests' (the SDK samples by parent).
        using var root = new Activity("test") { ActivityTraceFlags = ActivityTraceFlags.Recorded }.Start();

        var summary = await EngineTelemetry.SummarizeAsync(engine, Article.FromPlainText(Articles.Harbour), SummaryOptions.Default, CancellationToken.None);

        Assert.Equal(new TokenUsage(321, 45, 1), summary.Engine.Usage);
        Assert.Equal(321, telemetry.Sum("summarizer.model.tokens", (TelemetryAttributes.TokenType, "input"), (TelemetryAttributes.RequestModel, Deployment)));
        Assert.Equal(45, telemetry.Sum("summarizer.model.tokens", (TelemetryAttributes.TokenType, "output"), (TelemetryAttributes.RequestModel, Deployment)));

        var trace = telemetry.Spans().Where(s => s.TraceId == root.TraceId).ToList();
        var engineSpan = Assert.Single(trace, s => s.OperationName == SummarizerTelemetry.EngineSpan);
        Assert.Equal(ChatClientSummarizer.EngineName, engineSpan.GetTagItem(TelemetryAttributes.Engine));
        var requests = trace.Where(s => s.Source.Name == SummarizerTelemetry.ModelSourceName).ToList();
        Assert.Equal(2, requests.Count); // the 503 and the answer
        Assert.All(requests, s => Assert.Equal(engineSpan.SpanId, s.ParentSpanId));
        Assert.Contains(requests, s => s.Status == ActivityStatusCode.Error);
        var answered = Assert.Single(requests, s => s.Status != ActivityStatusCode.Error);
        Assert.Equal(321L, Convert.ToInt64(answered.GetTagItem("gen_ai.usage.input_tokens"), System.Globalization.CultureInfo.InvariantCulture));
        // No article text on spans, even with OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT set (ModelFailureLogTests).
        Assert.All(requests, s => Assert.DoesNotContain(s.TagObjects, t => t.Value is string v && v.Contains("harbour", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task SummarizeAsync_ModelDownThroughTheBudget_TimesTheFailedCallWithItsErrorCode()
    {
        using var telemetry = new TelemetryCapture();
        _server.Respond = _ => AzureReplies.ServiceUnavailable();
        var engine = CreateEngine(TimeSpan.FromMilliseconds(300));

        var failure = await Assert.ThrowsAsync<Summarizer.Core.SummarizerException>(() =>
            EngineTelemetry.SummarizeAsync(engine, Article.FromPlainText(Articles.Harbour), SummaryOptions.Default, CancellationToken.None));

        Assert.True(telemetry.Count("summarizer.engine.duration", (TelemetryAttributes.Engine, ChatClientSummarizer.EngineName), (TelemetryAttributes.ErrorType, failure.Code)) >= 1);
        Assert.Equal(0, telemetry.Sum("summarizer.model.tokens", (TelemetryAttributes.RequestModel, Deployment)));
    }

    private ChatClientSummarizer CreateEngine(TimeSpan? budget = null)
    {
        var settings = TestEngine.Settings(_server);
        settings.Deployment = Deployment;
        return new ChatClientSummarizer(AzureOpenAIChatClientFactory.Create(settings), TestEngine.Options(budget) with { Model = Deployment });
    }
}
