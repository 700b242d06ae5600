using System.Text;
using Summarizer.AI.Tests.Fakes;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.AI.Tests;

/// <summary>
/// The promise behind the Azure OpenAI limits infra/main.bicep derives from a deployment's tokens per minute: an article
/// that <c>POST /api/summarize</c> accepts is summarised within one minute of the quota, i.e. in at most
/// <c>MaxConcurrentRequests</c> parts plus one request combining their notes. Parts are cut between paragraphs, so the
/// article's length alone does not say how many parts it takes.
/// </summary>
public sealed class QuotaFitTests : IAsyncLifetime
{
    /// <summary>The deployment's capacity the settings below are derived from (the template's default, 30K).</summary>
    private const int TokensPerMinute = 30_000;

    private static readonly TokenCounter Tokens = new();
    private static readonly ArticleDecoder Decoder = new();

    /// <summary>What infra/main.bicep sets for 30K tokens per minute (CostGuardTests tabulates the same).</summary>
    private static readonly AzureOpenAIOptions Settings = new()
    {
        Limits = new() { Model = "", MaxInputTokens = 4_625, MaxOutputTokens = 1_875, MaxConcurrentRequests = 3 },
        MaxArticleTokens = 12_487,
    };

    private FakeAzureOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeAzureOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(250, 40, true)] // about 11,000 tokens in short paragraphs: three full parts
    [InlineData(2_500, 3, true)] // 7,500 tokens: one long paragraph a part
    [InlineData(2_500, 4, false)] // 10,000 tokens, under MaxArticleTokens, but two such paragraphs never share a part
    [InlineData(1_600, 7, false)] // about 11,500 tokens: two paragraphs a part, four parts
    public async Task AcceptedArticle_NeedsNoMoreThanOneMinuteOfQuota(int paragraphTokens, int paragraphs, bool accepted)
    {
        var text = string.Join("\n\n", Enumerable.Range(0, paragraphs).Select(i => Paragraph(paragraphTokens, i)));
        Assert.InRange(Tokens.Count(text), 1, Settings.EffectiveMaxArticleTokens);

        var refusal = Record.Exception(() => ArticleTokenBudget.For(Settings, Decoder).EnsureFits(Plain(text)));

        if (!accepted)
        {
            var error = Assert.IsType<SummarizerException>(refusal);
            Assert.Equal(ErrorCodes.InputTooLarge, error.Code);
            Assert.Contains("AzureOpenAI:MaxConcurrentRequests", error.Message, StringComparison.Ordinal);
            return;
        }

        Assert.Null(refusal);
        var engine = TestEngine.Create(_server, TestEngine.Options() with
        {
            MaxInputTokens = Settings.Limits.MaxInputTokens,
            MaxOutputTokens = Settings.Limits.MaxOutputTokens,
            MaxConcurrentRequests = Settings.Limits.MaxConcurrentRequests,
        });
        await engine.SummarizeAsync(Article.FromPlainText(text), SummaryOptions.Default);

        var requests = _server.Requests;
        Assert.InRange(requests.Count, 2, Settings.Limits.MaxConcurrentRequests + 1);
        var tokens = requests.Sum(request => request.PromptTokens + (request.MaxOutputTokens ?? 0));
        Assert.True(tokens <= TokensPerMinute, $"{requests.Count} requests may use {tokens} tokens, over {TokensPerMinute} a minute.");
    }

    /// <summary>One paragraph (no blank line inside) of at least <paramref name="tokens"/> tokens.</summary>
    private static string Paragraph(int tokens, int index)
    {
        var text = new StringBuilder();
        for (var sentence = index * 1_000; Tokens.Count(text.ToString()) < tokens; sentence++)
        {
            text.Append(text.Length == 0 ? string.Empty : " ").Append(Articles.Paragraph(sentence));
        }

        return text.ToString();
    }

    private static ArticleInput Plain(string text) => new(Encoding.UTF8.GetBytes(text), null, "text/plain");
}
