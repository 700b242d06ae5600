using Azure.Core;
using Summarizer.Testing.Servers;

namespace Summarizer.AI.Tests;

/// <summary>The real engine over the real Azure SDK, pointed at a fake server, with budgets small enough for tests.</summary>
internal static class TestEngine
{
    public const string Deployment = "gpt-test";
    public const string ApiKey = "test-key-123";

    public static ChatSummarizerOptions Options(TimeSpan? budget = null) => new()
    {
        Model = Deployment,
        TimeBudget = budget ?? TimeSpan.FromSeconds(10),
        RequestTimeout = TimeSpan.FromSeconds(5),
        InitialBackoff = TimeSpan.FromMilliseconds(10),
        MaxBackoff = TimeSpan.FromMilliseconds(50),
    };

    public static AzureOpenAIOptions Settings(FakeAzureOpenAIServer server, string? apiKey = ApiKey) => new()
    {
        Endpoint = server.Endpoint.ToString(),
        Deployment = Deployment,
        ApiKey = apiKey,
        Limits = new() { Model = Deployment, RequestTimeout = TimeSpan.FromSeconds(5) },
    };

    public static ChatClientSummarizer Create(FakeAzureOpenAIServer server, ChatSummarizerOptions? options = null, TokenCredential? credential = null, string? apiKey = ApiKey) =>
        new(AzureOpenAIChatClientFactory.Create(Settings(server, apiKey), credential), options ?? Options());
}
