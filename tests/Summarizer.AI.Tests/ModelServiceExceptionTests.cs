using System.Diagnostics;
using Microsoft.Extensions.AI;
using Summarizer.Core.Telemetry;
using Summarizer.Testing.Servers;
using Summarizer.Testing.Telemetry;

namespace Summarizer.AI.Tests;

/// <summary>
/// What the engine's chat client throws when the service fails, through the real SDK against the fake server: the
/// status, a checked error code and request id, and nothing the service wrote. The message of that exception is what
/// every log, span status and exception event above it shows.
/// </summary>
public sealed class ModelServiceExceptionTests : IAsyncLifetime
{
    private const string RequestId = "3f6c0a52-9d1e-4b7a-a0c4-5e8f21d7b9a3";
    private const string Echo = "You sent: api-key test-key-123, article: The Quorvane ferry left Ellisport.";
    private FakeAzureOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeAzureOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetResponseAsync_ErrorBodyEchoingTheRequest_ThrowsStatusCodeAndRequestIdOnly()
    {
        _server.RespondInOrder(AzureReplies.Error(400, "invalid_request_error", Echo,
            new Dictionary<string, string> { ["apim-request-id"] = RequestId, ["x-echo"] = TestEngine.ApiKey }));

        var error = await Assert.ThrowsAsync<ModelServiceException>(() => Ask());

        Assert.Equal($"HTTP 400, code invalid_request_error, request id {RequestId}", error.Message);
        Assert.Equal((400, "invalid_request_error", RequestId), (error.Status, error.ErrorCode, error.RequestId));
        Assert.Null(error.InnerException); // the SDK's exception, whose message is the body, is not kept
    }

    [Fact]
    public async Task GetResponseAsync_CodeAndRequestIdHoldingTheKeyOrText_AreLeftOut()
    {
        // A code that is the key, and a request id that is a piece of it.
        _server.RespondInOrder(AzureReplies.Error(403, TestEngine.ApiKey, Echo, new Dictionary<string, string> { ["apim-request-id"] = "test-key" }));

        var error = await Assert.ThrowsAsync<ModelServiceException>(() => Ask());

        Assert.Equal("HTTP 403", error.Message);
        Assert.Null(error.ErrorCode);
        Assert.Null(error.RequestId);
    }

    [Fact]
    public async Task GetResponseAsync_AnswerTheSdkCannotRead_NamesOnlyTheExceptionType()
    {
        _server.RespondInOrder(AzureReplies.Completion("{}", finishReason: Echo));

        var error = await Assert.ThrowsAsync<ModelServiceException>(() => Ask());

        Assert.Equal("HTTP 200, answer not readable: ArgumentOutOfRangeException", error.Message);
    }

    [Fact]
    public async Task GetStreamingResponseAsync_ErrorBodyEchoingTheRequest_ThrowsStatusAndCodeOnly()
    {
        _server.RespondInOrder(AzureReplies.Error(401, "401", Echo));
        var client = AzureOpenAIChatClientFactory.Create(TestEngine.Settings(_server));

        var error = await Assert.ThrowsAsync<ModelServiceException>(async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "Summarise this.")]))
            {
                Assert.Fail($"no update was expected, got {update}");
            }
        });

        Assert.Equal("HTTP 401, code 401", error.Message);
    }

    [Fact]
    public async Task GetResponseAsync_ServiceFails_SpanStatusIsTheCheckedDescription()
    {
        using var telemetry = new TelemetryCapture();
        using var root = new Activity("test") { ActivityTraceFlags = ActivityTraceFlags.Recorded }.Start();
        _server.RespondInOrder(AzureReplies.Error(400, "invalid_request_error", Echo));

        await Assert.ThrowsAsync<ModelServiceException>(() => Ask());

        var span = Assert.Single(telemetry.Spans(), s => s.TraceId == root.TraceId && s.Source.Name == SummarizerTelemetry.ModelSourceName);
        Assert.Equal((ActivityStatusCode.Error, "HTTP 400, code invalid_request_error"), (span.Status, span.StatusDescription));
    }

    private Task<ChatResponse> Ask() =>
        AzureOpenAIChatClientFactory.Create(TestEngine.Settings(_server)).GetResponseAsync([new ChatMessage(ChatRole.User, "Summarise this.")]);
}
