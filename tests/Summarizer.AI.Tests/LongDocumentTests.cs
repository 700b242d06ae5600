using System.Globalization;
using System.Text.RegularExpressions;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;
using Summarizer.Testing.Servers;

namespace Summarizer.AI.Tests;

public sealed partial class LongDocumentTests : IAsyncLifetime
{
    /// <summary>A small window so a 10× article stays quick to build and count.</summary>
    private const int ContextWindow = 3_000;
    private const int MaxOutput = 400;

    private static readonly TokenCounter Tokens = new();
    private FakeAzureOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeAzureOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static ChatSummarizerOptions SmallWindow => TestEngine.Options() with { ContextWindowTokens = ContextWindow, MaxOutputTokens = MaxOutput };

    [Fact]
    public async Task SummarizeAsync_ArticleTenTimesTheContextWindow_NoRequestOverTheLimit()
    {
        var text = ArticleOfTokens(10 * ContextWindow);
        var engine = TestEngine.Create(_server, SmallWindow);

        var summary = await engine.SummarizeAsync(Article.FromPlainText(text), SummaryOptions.Default);

        Assert.NotEmpty(summary.Sentences);
        Assert.All(_server.Requests, r => Assert.True(
            r.PromptTokens + r.MaxOutputTokens <= ContextWindow,
            $"request {r.Index} needs {r.PromptTokens} prompt + {r.MaxOutputTokens} output tokens"));
    }

    [Fact]
    public async Task SummarizeAsync_ArticleTenTimesTheContextWindow_OneCallPerChunkPlusOneToCombine()
    {
        var text = ArticleOfTokens(10 * ContextWindow);
        var engine = TestEngine.Create(_server, SmallWindow);

        var summary = await engine.SummarizeAsync(Article.FromPlainText(text), SummaryOptions.Default);

        var requests = _server.Requests;
        var chunkCalls = requests.Where(r => r.SystemPrompt.Contains("one part at a time", StringComparison.Ordinal)).ToList();
        var paragraphsPerCall = chunkCalls.Select(r => r.UserPrompt.Split("\n\n").Length - 1).ToList();

        // Every paragraph went to exactly one chunk call, in order, packed greedily up to the input budget.
        Assert.Equal(text.Split("\n\n").Length, paragraphsPerCall.Sum());
        Assert.Equal(ExpectedChunks(text), chunkCalls.Count);
        Assert.True(chunkCalls.Count >= 10, $"{chunkCalls.Count} chunk calls for an article ten windows long");
        Assert.Equal(
            Enumerable.Range(1, chunkCalls.Count).Select(i => $"part {i} of {chunkCalls.Count}"),
            chunkCalls.Select(r => PartLabel().Match(r.SystemPrompt).Value).Order(Comparer<string>.Create(ByPartNumber)));
        Assert.Equal(chunkCalls.Count + 1, requests.Count);
        Assert.Contains("notes taken on its consecutive parts", requests[^1].SystemPrompt, StringComparison.Ordinal);
        Assert.Equal(requests.Count, summary.Engine.Usage!.Requests);
    }

    [Fact]
    public async Task SummarizeAsync_NotesDoNotShrinkTheText_StopsWithPermanentError()
    {
        // Notes of code-like words cost more tokens than the 256-token chunks they describe: a round that does not
        // shrink the text must stop the map-reduce instead of looping.
        var gibberish = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"zq{i}x7v{i}k"));
        _server.Respond = _ => AzureReplies.Summary($"{gibberish}.", $"{gibberish}.");
        var options = SmallWindow with { MaxInputTokens = ChatClientSummarizer.MinimumInputTokens };
        var engine = TestEngine.Create(_server, options);

        var error = await Assert.ThrowsAsync<SummarizerException>(() => engine.SummarizeAsync(Article.FromPlainText(ArticleOfTokens(2_000)), SummaryOptions.Default));

        Assert.Equal(AIErrorCodes.DocumentTooLong, error.Code);
        Assert.False(error.IsTransient);
        Assert.Contains("no shorter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummarizeAsync_MoreRoundsNeededThanAllowed_StopsWithPermanentError()
    {
        var options = SmallWindow with { MaxInputTokens = ChatClientSummarizer.MinimumInputTokens, MaxReduceRounds = 1 };
        _server.Respond = _ => AzureReplies.Summary(
            "The survey team measured the river depth and current every morning.", "They compared the readings with last year.");
        var engine = TestEngine.Create(_server, options);

        var error = await Assert.ThrowsAsync<SummarizerException>(() => engine.SummarizeAsync(Article.FromPlainText(ArticleOfTokens(10 * ContextWindow)), SummaryOptions.Default));

        Assert.Equal(AIErrorCodes.DocumentTooLong, error.Code);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task SummarizeAsync_OnePartFiltered_WholeArticleFailsWithThatError()
    {
        _server.Respond = request => request.SystemPrompt.Contains("part 3 of", StringComparison.Ordinal)
            ? AzureReplies.PromptFiltered()
            : AzureReplies.Summary("The survey team measured the river.") with { Delay = TimeSpan.FromMilliseconds(50) };
        var engine = TestEngine.Create(_server, SmallWindow);

        var error = await Assert.ThrowsAsync<SummarizerException>(() => engine.SummarizeAsync(Article.FromPlainText(ArticleOfTokens(10 * ContextWindow)), SummaryOptions.Default));

        Assert.Equal(ErrorCodes.ContentFiltered, error.Code);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task SummarizeAsync_ArticleWithinWindow_SendsOneRequest()
    {
        var engine = TestEngine.Create(_server, SmallWindow);

        await engine.SummarizeAsync(Article.FromPlainText(ArticleOfTokens(ContextWindow / 3)), SummaryOptions.Default);

        Assert.Single(_server.Requests);
    }

    [Fact]
    public void Constructor_WindowTooSmallForPromptAndOutput_Throws()
    {
        var options = TestEngine.Options() with { ContextWindowTokens = 1_000, MaxOutputTokens = 800 };

        var error = Assert.Throws<ArgumentException>(() => TestEngine.Create(_server, options));

        Assert.Contains("context window", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Greedy packing of whole paragraphs into the window left after the chunk prompt and the answer.</summary>
    private static int ExpectedChunks(string text)
    {
        var budget = ContextWindow - MaxOutput - SummaryPrompt.Instance.OverheadTokens(Tokens, PromptKind.Chunk) - ChatClientSummarizer.CountingMargin;
        var chunks = 0;
        var used = 0;
        foreach (var paragraph in text.Split("\n\n"))
        {
            var cost = Tokens.Count(paragraph);
            if (chunks == 0 || used + 2 + cost > budget)
            {
                chunks++;
                used = cost;
            }
            else
            {
                used += 2 + cost;
            }
        }

        return chunks;
    }

    private static int ByPartNumber(string a, string b) =>
        int.Parse(a.Split(' ')[1], CultureInfo.InvariantCulture).CompareTo(int.Parse(b.Split(' ')[1], CultureInfo.InvariantCulture));

    [GeneratedRegex(@"part \d+ of \d+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PartLabel();

    private static string ArticleOfTokens(int tokens)
    {
        var paragraphs = new List<string>();
        var total = 0;
        for (var i = 1; total < tokens; i++)
        {
            paragraphs.Add(Articles.Paragraph(i));
            total += Tokens.Count(Articles.Paragraph(i)) + 1;
        }

        return string.Join("\n\n", paragraphs);
    }
}
