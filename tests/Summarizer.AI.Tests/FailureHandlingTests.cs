using Microsoft.Extensions.AI;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;
using Summarizer.Testing.Servers;

namespace Summarizer.AI.Tests;

public sealed class FailureHandlingTests : IAsyncLifetime
{
    private static readonly Article Harbour = Article.FromPlainText(Articles.Harbour);
    private FakeAzureOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeAzureOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SummarizeAsync_429WithRetryAfterMs_WaitsThatLongThenSucceeds()
    {
        var retryAfter = TimeSpan.FromMilliseconds(400);
        _server.RespondInOrder(AzureReplies.TooManyRequests(retryAfter), AzureReplies.Summary("The wall will be rebuilt."));
        var engine = TestEngine.Create(_server);

        var summary = await engine.SummarizeAsync(Harbour, SummaryOptions.Default);

        Assert.Equal(["The wall will be rebuilt."], summary.Sentences);
        var requests = _server.Requests;
        Assert.Equal(2, requests.Count);
        // The engine's own back-off is 10 ms here, so a gap this long can only come from the header.
        AssertWaitedAtLeast(retryAfter, requests[1].ReceivedAt - requests[0].ReceivedAt);
    }

    [Fact]
    public async Task SummarizeAsync_429WithOnlyRetryAfterSeconds_WaitsThatLong()
    {
        _server.RespondInOrder(
            AzureReplies.Error(429, "429", "Rate limit reached.", new Dictionary<string, string> { ["Retry-After"] = "1" }),
            AzureReplies.Summary("The wall will be rebuilt."));
        var engine = TestEngine.Create(_server);

        await engine.SummarizeAsync(Harbour, SummaryOptions.Default);

        var requests = _server.Requests;
        AssertWaitedAtLeast(TimeSpan.FromSeconds(1), requests[1].ReceivedAt - requests[0].ReceivedAt);
    }

    // The server stamps a request when it has read it, and timers tick in whole milliseconds, so under load the gap
    // it sees can fall a few milliseconds short of the wait the engine really made; 25 ms of slack still tells a
    // honoured header from the 10 ms back-off.
    private static void AssertWaitedAtLeast(TimeSpan expected, TimeSpan gap) =>
        Assert.True(gap >= expected - TimeSpan.FromMilliseconds(25),
            $"second try came {gap.TotalMilliseconds:0} ms after the first; expected {expected.TotalMilliseconds:0} ms");

    [Fact]
    public async Task SummarizeAsync_429AskingForLongerThanBudget_GivesUpAtOnceAsTransient()
    {
        _server.RespondInOrder(AzureReplies.TooManyRequests(TimeSpan.FromSeconds(30)));
        var engine = TestEngine.Create(_server, TestEngine.Options(budget: TimeSpan.FromSeconds(2)));

        var error = await Assert.ThrowsAsync<SummarizerException>(() => engine.SummarizeAsync(Harbour, SummaryOptions.Default));

        Assert.Equal(ErrorCodes.EngineUnavailable, error.Code);
        Assert.True(error.IsTransient);
        Assert.Contains("HTTP 429", error.Message, StringComparison.Ordinal);

        // One request only: neither the engine nor the SDK's own retry policy (switched off) tried again.
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task SummarizeAsync_429WithShortRetryAfterToEveryRequest_StopsAfterMaxAttemptsLongBeforeTheBudget()
    {
        // Each wait the service asks for fits the budget, so only the attempt cap stops the loop: without it this
        // article got a request every 200 ms for the whole budget (147 in 30 s).
        _server.RespondInOrder(AzureReplies.TooManyRequests(TimeSpan.FromMilliseconds(200)));
        var options = TestEngine.Options(budget: TimeSpan.FromSeconds(30));
        var engine = TestEngine.Create(_server, options);

        var error = await Assert.ThrowsAsync<SummarizerException>(() => engine.SummarizeAsync(Harbour, SummaryOptions.Default));

        Assert.Equal(ErrorCodes.EngineUnavailable, error.Code);
        Assert.True(error.IsTransient);
        Assert.Equal(4, _server.Requests.Count); // AzureOpenAI:MaxAttempts, by default 4 (docs/operations.md)
        Assert.Contains("in 4 tries", error.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 429", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummarizeAsync_503ThreeTimes_BacksOffAndSucceeds()
    {
        _server.RespondInOrder(
            AzureReplies.ServiceUnavailable(), AzureReplies.ServiceUnavailable(), AzureReplies.ServiceUnavailable(),
            AzureReplies.Summary("The wall will be rebuilt."));
        var engine = TestEngine.Create(_server);

        var summary = await engine.SummarizeAsync(Harbour, SummaryOptions.Default);

        Assert.Equal(["The wall will be rebuilt."], summary.Sentences);
        Assert.Equal(4, _server.Requests.Count);
        Assert.Equal(1, summary.Engine.Usage!.Requests);
    }

    [Fact]
    public async Task SummarizeAsync_RequestTimesOut_RetriesWithinBudget()
    {
        _server.RespondInOrder(
            AzureReplies.Summary("Too late.") with { Delay = TimeSpan.FromSeconds(3) },
            AzureReplies.Summary("The wall will be rebuilt."));
        var options = TestEngine.Options() with { RequestTimeout = TimeSpan.FromMilliseconds(300) };
        var engine = TestEngine.Create(_server, options);

        var summary = await engine.SummarizeAsync(Harbour, SummaryOptions.Default);

        Assert.Equal(["The wall will be rebuilt."], summary.Sentences);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task SummarizeAsync_500UntilBudgetSpentWithoutFallback_ThrowsTransient()
    {
        _server.RespondInOrder(AzureReplies.InternalError());
        var budget = TimeSpan.FromMilliseconds(800);
        var engine = TestEngine.Create(_server, TestEngine.Options(budget));

        var error = await Assert.ThrowsAsync<SummarizerException>(() => engine.SummarizeAsync(Harbour, SummaryOptions.Default));

        Assert.Equal(ErrorCodes.EngineUnavailable, error.Code);
        Assert.True(error.IsTransient);
        var requests = _server.Requests;
        Assert.True(requests.Count >= 3, $"only {requests.Count} tries in the budget");
        Assert.True(requests[^1].ReceivedAt - requests[0].ReceivedAt < budget, "a try started after the budget was spent");
    }

    [Fact]
    public async Task SummarizeAsync_500UntilBudgetSpentWithFallback_ReturnsExtractiveSummaryWithReason()
    {
        _server.RespondInOrder(AzureReplies.InternalError());
        var engine = new FallbackSummarizer(TestEngine.Create(_server, TestEngine.Options(TimeSpan.FromMilliseconds(500))), new ExtractiveSummarizer());

        var summary = await engine.SummarizeAsync(Harbour, SummaryOptions.Default);

        Assert.Equal(ExtractiveSummarizer.EngineName, summary.Engine.Name);
        Assert.StartsWith(ErrorCodes.EngineUnavailable + ":", summary.Engine.FallbackReason, StringComparison.Ordinal);
        Assert.NotEmpty(summary.Sentences);
        Assert.All(summary.Sentences, s => Assert.Contains(s, Articles.Harbour, StringComparison.Ordinal));
    }

    public static TheoryData<string, string> PermanentFailures => new()
    {
        { "prompt content filter", ErrorCodes.ContentFiltered },
        { "completion content filter", ErrorCodes.ContentFiltered },
        { "refusal", ErrorCodes.EngineRefused },
        { "malformed JSON", ErrorCodes.InvalidEngineOutput },
        { "truncated JSON", ErrorCodes.InvalidEngineOutput },
        { "cut off at the token limit", AIErrorCodes.TruncatedOutput },
        { "context length exceeded", AIErrorCodes.ContextLengthExceeded },
        { "empty summary", ErrorCodes.InvalidEngineOutput },
        { "unauthorised", ErrorCodes.EngineUnavailable },
        { "answer not JSON", ErrorCodes.InvalidEngineOutput },
        { "unknown finish reason", ErrorCodes.InvalidEngineOutput },
    };

    [Theory]
    [MemberData(nameof(PermanentFailures))]
    public async Task SummarizeAsync_PermanentFailure_ThrowsPermanentErrorAfterOneRequest(string failure, string code)
    {
        _server.RespondInOrder(Reply(failure));
        var engine = TestEngine.Create(_server);

        var error = await Assert.ThrowsAsync<SummarizerException>(() => engine.SummarizeAsync(Harbour, SummaryOptions.Default));

        Assert.Equal(code, error.Code);
        Assert.False(error.IsTransient);
        Assert.Single(_server.Requests);
    }

    [Theory]
    [MemberData(nameof(PermanentFailures))]
    public async Task SummarizeAsync_PermanentFailureWithFallback_ReturnsExtractiveSummaryWithReason(string failure, string code)
    {
        _server.RespondInOrder(Reply(failure));
        var engine = new FallbackSummarizer(TestEngine.Create(_server), new ExtractiveSummarizer());

        var summary = await engine.SummarizeAsync(Harbour, SummaryOptions.Default);

        Assert.Equal(ExtractiveSummarizer.EngineName, summary.Engine.Name);
        Assert.StartsWith(code + ":", summary.Engine.FallbackReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummarizeAsync_CallerCancels_ThrowsOperationCanceledWithoutFallback()
    {
        _server.RespondInOrder(AzureReplies.Summary("Too late.") with { Delay = TimeSpan.FromSeconds(10) });
        var engine = new FallbackSummarizer(TestEngine.Create(_server), new ExtractiveSummarizer());
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.SummarizeAsync(Harbour, SummaryOptions.Default, cancellation.Token));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task SummarizeAsync_CancelledDuringBackoff_StopsRetrying()
    {
        _server.RespondInOrder(AzureReplies.TooManyRequests(TimeSpan.FromSeconds(5)));
        var engine = TestEngine.Create(_server);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.SummarizeAsync(Harbour, SummaryOptions.Default, cancellation.Token));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task SummarizeAsync_CallerCancelsAsTheFailureArrives_ThrowsOperationCanceledNotTheFailure()
    {
        using var cancellation = new CancellationTokenSource();
        using var client = new CancelThenFailChatClient(cancellation);
        var engine = new FallbackSummarizer(new ChatClientSummarizer(client, TestEngine.Options()), new ExtractiveSummarizer());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.SummarizeAsync(Harbour, SummaryOptions.Default, cancellation.Token));
    }

    [Fact]
    public async Task SummarizeAsync_NoExtractableTextWithFallback_IsNotMaskedAsFallback()
    {
        var engine = new FallbackSummarizer(TestEngine.Create(_server), new ExtractiveSummarizer());

        var error = await Assert.ThrowsAsync<SummarizerException>(() => engine.SummarizeAsync(Article.FromPlainText("   "), SummaryOptions.Default));

        Assert.Equal(ErrorCodes.NoExtractableText, error.Code);
        Assert.Empty(_server.Requests);
    }

    /// <summary>The race a loaded machine produces: the caller cancels just as the service's failure comes back.</summary>
    private sealed class CancelThenFailChatClient(CancellationTokenSource caller) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            caller.Cancel();
            throw new HttpRequestException("Connection reset.");
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private static FakeReply Reply(string failure) => failure switch
    {
        "prompt content filter" => AzureReplies.PromptFiltered(),
        "completion content filter" => AzureReplies.Completion("", finishReason: "content_filter"),
        "refusal" => AzureReplies.Refusal("I'm sorry, I can't help with that."),
        "malformed JSON" => AzureReplies.Completion("Here is your summary: the wall will be rebuilt."),
        "truncated JSON" => AzureReplies.Completion("{\"title\":\"Harbour\",\"summary\":[\"The wall will"),
        "cut off at the token limit" => AzureReplies.Completion("{\"title\":\"Harbour\",\"summary\":[\"The wall will", finishReason: "length"),
        "context length exceeded" => AzureReplies.ContextLengthExceeded(),
        "empty summary" => AzureReplies.Completion(AzureReplies.SummaryJson([])),
        "unauthorised" => AzureReplies.Error(401, "401", "Access denied due to invalid subscription key or wrong API endpoint."),
        "answer not JSON" => new FakeReply(200, "<html><body>Service maintenance</body></html>"),
        "unknown finish reason" => AzureReplies.Completion(AzureReplies.SummaryJson(["The wall will be rebuilt."]), finishReason: "paused"),
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, null),
    };
}
