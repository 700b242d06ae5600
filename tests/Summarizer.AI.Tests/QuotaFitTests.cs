using System.Text;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;
using Summarizer.Testing.Servers;

namespace Summarizer.AI.Tests;

/// <summary>
/// The promise behind the Azure OpenAI limits infra/main.bicep derives from a deployment's tokens per minute: an article
/// that <c>POST /api/summarize</c> accepts (<see cref="ArticleTokenBudget"/>) is summarised within one minute of the
/// quota, counting each request as Azure's rate limiter does (its prompt plus the answer cap). Parts are cut between
/// paragraphs, so long paragraphs make an article take more parts than its length suggests; the worst layout here has
/// paragraphs just over half a part, so that no two share one.
/// </summary>
public sealed class QuotaFitTests : IAsyncLifetime
{
    /// <summary>A note sentence of 44 words, near the 45-word cap, so every part's notes are as long as allowed.</summary>
    private const string LongNote =
        "The survey team measured the river at a new point and wrote the depth, the speed of the current and the colour "
        + "of the water in a shared notebook, and by the evening they compared the figures with the readings of the "
        + "previous year.";

    private static readonly TokenCounter Tokens = new();
    private static readonly ArticleDecoder Decoder = new();

    private FakeAzureOpenAIServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeAzureOpenAIServer.StartAsync();
        _server.Respond = request => request.SystemPrompt.Contains("one part at a time", StringComparison.Ordinal)
            ? AzureReplies.Summary(Enumerable.Repeat(LongNote, 8).ToArray())
            : AzureReplies.Summary("The survey team measured the river.", "They compared the figures with last year.");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    // Capacity and the limits the template derives from it (CostGuardTests tabulates the same), then the layout.
    [Theory]
    [InlineData(30, 4_625, 1_875, 3, 12_487, 250)] // short paragraphs: full parts
    [InlineData(30, 4_625, 1_875, 3, 12_487, 2_330)] // paragraphs just over half a part: one paragraph a part
    [InlineData(100, 17_000, 2_000, 4, 61_200, 500)]
    [InlineData(100, 17_000, 2_000, 4, 61_200, 8_520)]
    public async Task LongestAcceptedArticle_FitsOneMinuteOfQuota(
        int capacity, int maxInput, int maxOutput, int concurrent, int maxArticle, int paragraphTokens)
    {
        var settings = new AzureOpenAIOptions
        {
            Limits = new() { Model = "", MaxInputTokens = maxInput, MaxOutputTokens = maxOutput, MaxConcurrentRequests = concurrent },
            MaxArticleTokens = maxArticle,
        };
        var text = LongestAccepted(paragraphTokens, maxArticle);
        ArticleTokenBudget.For(settings, Decoder).EnsureFits(new ArticleInput(Encoding.UTF8.GetBytes(text), null, "text/plain"));

        var engine = TestEngine.Create(_server, TestEngine.Options() with
        {
            MaxInputTokens = maxInput,
            MaxOutputTokens = maxOutput,
            MaxConcurrentRequests = concurrent,
        });
        await engine.SummarizeAsync(Article.FromPlainText(text), SummaryOptions.Default);

        var requests = _server.Requests;
        var tokens = requests.Sum(request => request.PromptTokens + (request.MaxOutputTokens ?? 0));
        Assert.True(requests.Count > concurrent, $"{requests.Count} requests: the article should take at least one full round of parts");
        Assert.True(tokens <= capacity * 1_000,
            $"{Tokens.Count(text)} article tokens took {requests.Count} requests counted as {tokens} tokens, over {capacity * 1_000} a minute.");
    }

    /// <summary>As many paragraphs of at least <paramref name="paragraphTokens"/> tokens as stay within the budget.</summary>
    private static string LongestAccepted(int paragraphTokens, int maxArticle)
    {
        var paragraphs = new List<string>();
        while (true)
        {
            var next = Paragraph(paragraphTokens, paragraphs.Count);
            if (Tokens.Count(string.Join("\n\n", paragraphs.Append(next))) > maxArticle)
            {
                return string.Join("\n\n", paragraphs);
            }

            paragraphs.Add(next);
        }
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
}
