using Microsoft.Extensions.Logging;
using Summarizer.AI.Tests.Fakes;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;
using Summarizer.Testing.Servers;

namespace Summarizer.AI.Tests;

public sealed class LoggingTests : IAsyncLifetime
{
    private const string SecretSentence = "The vault code is 7731 and must stay private.";
    private FakeAzureOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeAzureOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SummarizeAsync_RetriesAndFallback_LogsNeitherArticleNorOutputNorKeyAboveTrace()
    {
        const string modelOutput = "The model wrote this sentence about the vault.";
        _server.RespondInOrder(
            AzureReplies.ServiceUnavailable(),
            AzureReplies.TooManyRequests(TimeSpan.FromMilliseconds(20)),
            AzureReplies.Summary(modelOutput, "See https://evil.example/x."));
        var engineLog = new CapturingLogger<ChatClientSummarizer>();
        var fallbackLog = new CapturingLogger<FallbackSummarizer>();
        var client = AzureOpenAIChatClientFactory.Create(TestEngine.Settings(_server));
        var engine = new FallbackSummarizer(
            new ChatClientSummarizer(client, TestEngine.Options(), TimeProvider.System, engineLog), new ExtractiveSummarizer(), fallbackLog);

        await engine.SummarizeAsync(Article.FromPlainText(SecretSentence + " " + Articles.Harbour), SummaryOptions.Default);

        var lines = engineLog.Entries.Concat(fallbackLog.Entries).Where(e => e.Level > LogLevel.Trace).ToList();
        Assert.True(lines.Count >= 3, "retries and the fallback should be logged");
        Assert.All(lines, line =>
        {
            Assert.DoesNotContain("vault", line.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("harbour", line.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("evil.example", line.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestEngine.ApiKey, line.Text, StringComparison.Ordinal);
        });
    }
}
