using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Core;
using Summarizer.Core.Ingestion;

namespace Summarizer.AI.Tests;

public sealed class ArticleTokenBudgetTests
{
    private static readonly ArticleDecoder Decoder = new();
    private static readonly TokenCounter Tokens = new();

    [Fact]
    public void EnsureFits_TextOverBudget_ThrowsInputTooLargeNamingBothCounts()
    {
        var text = string.Join("\n\n", Enumerable.Repeat(Articles.Harbour, 10));
        var tokens = Tokens.Count(text);
        var budget = ArticleTokenBudget.Of(tokens - 1, Decoder);

        var error = Assert.Throws<SummarizerException>(() => budget.EnsureFits(Plain(text)));

        Assert.Equal(ErrorCodes.InputTooLarge, error.Code);
        Assert.False(error.IsTransient);
        Assert.Contains($"is {tokens} tokens long", error.Message, StringComparison.Ordinal);
        Assert.Contains($"at most {tokens - 1} tokens", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureOpenAI:MaxArticleTokens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureFits_TextExactlyAtBudget_Passes()
    {
        var text = string.Join("\n\n", Enumerable.Repeat(Articles.Harbour, 10));

        ArticleTokenBudget.Of(Tokens.Count(text), Decoder).EnsureFits(Plain(text));
    }

    [Fact]
    public void EnsureFits_CountsTheDecodedTextNotTheMarkup()
    {
        var html = "<html><head><style>" + string.Concat(Enumerable.Repeat(".wrapper{margin:0 auto;padding:1px 2px}", 300))
            + "</style></head><body><article><p>" + Articles.Harbour.Replace("\n\n", "</p><p>", StringComparison.Ordinal)
            + "</p></article></body></html>";
        var textTokens = Tokens.Count(Decoder.Decode(Html(html)).Text);

        Assert.True(Tokens.Count(html) > 4 * textTokens, "the markup should dwarf the text");
        ArticleTokenBudget.Of(textTokens + 16, Decoder).EnsureFits(Html(html));
    }

    [Fact]
    public void EnsureFits_Utf16Text_IsMeasuredAfterDecoding()
    {
        // UTF-16 with a byte-order mark: two bytes per character, counted on the decoded text like any other body.
        var text = string.Join("\n\n", Enumerable.Repeat(Articles.Harbour, 4));
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var tokens = Tokens.Count(text);

        var error = Assert.Throws<SummarizerException>(
            () => ArticleTokenBudget.Of(tokens - 1, Decoder).EnsureFits(new ArticleInput(bytes, null, "text/plain")));
        Assert.Equal(ErrorCodes.InputTooLarge, error.Code);
        ArticleTokenBudget.Of(tokens, Decoder).EnsureFits(new ArticleInput(bytes, null, "text/plain"));
    }

    [Fact]
    public void EnsureFits_Unlimited_AcceptsAnyLength()
    {
        var text = string.Concat(Enumerable.Repeat(Articles.Harbour, 2_000));

        ArticleTokenBudget.Unlimited.EnsureFits(Plain(text));

        Assert.Null(ArticleTokenBudget.Unlimited.MaxTokens);
    }

    [Fact]
    public void For_WithoutMaxArticleTokens_AllowsOneRoundOfConcurrentParts()
    {
        var options = new AzureOpenAIOptions { Limits = new() { Model = "", MaxInputTokens = 4_625, MaxConcurrentRequests = 3 } };

        Assert.Equal(13_875, ArticleTokenBudget.For(options, Decoder).MaxTokens);
    }

    [Fact]
    public void For_WithMaxArticleTokens_UsesIt()
    {
        var options = new AzureOpenAIOptions { Limits = new() { Model = "", MaxInputTokens = 4_625, MaxConcurrentRequests = 3 }, MaxArticleTokens = 12_487 };

        Assert.Equal(12_487, ArticleTokenBudget.For(options, Decoder).MaxTokens);
    }

    [Fact]
    public void Validator_MaxArticleTokensBelowMinimum_FailsNamingTheSetting()
    {
        var options = new AzureOpenAIOptions { Endpoint = "https://example.openai.azure.com/", Deployment = "summarizer", MaxArticleTokens = 10 };

        var result = new AzureOpenAIOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("AzureOpenAI:MaxArticleTokens", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAzureOpenAISummarizer_RegistersTheBudgetFromConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureOpenAI:Endpoint"] = "https://example.openai.azure.com/",
            ["AzureOpenAI:Deployment"] = "summarizer",
            ["AzureOpenAI:MaxArticleTokens"] = "12487",
        }).Build();
        var services = new ServiceCollection().AddSingleton(Decoder);
        services.AddAzureOpenAISummarizer(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.Equal(12_487, provider.GetRequiredService<ArticleTokenBudget>().MaxTokens);
        Assert.Equal(12_487, provider.GetRequiredService<IOptions<AzureOpenAIOptions>>().Value.EffectiveMaxArticleTokens);
    }

    [Fact]
    public void AddAzureOpenAISummarizer_BlankMaxArticleTokens_MeansOneRoundOfParts()
    {
        // local.settings.sample.json lists the setting blank.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureOpenAI:Endpoint"] = "https://example.openai.azure.com/",
            ["AzureOpenAI:Deployment"] = "summarizer",
            ["AzureOpenAI:MaxInputTokens"] = "5000",
            ["AzureOpenAI:MaxConcurrentRequests"] = "2",
            ["AzureOpenAI:MaxArticleTokens"] = "",
        }).Build();
        var services = new ServiceCollection().AddSingleton(Decoder);
        services.AddAzureOpenAISummarizer(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.Equal(10_000, provider.GetRequiredService<ArticleTokenBudget>().MaxTokens);
    }

    [Fact]
    public void PromptOverhead_FitsTheReserveTheBicepTemplateMakes()
    {
        // infra/main.bicep sizes AzureOpenAI:MaxInputTokens as a request's share of the quota minus the answer cap and a
        // 1,000-token reserve for the prompt around the article; a longer prompt would push requests over the quota.
        Assert.All(Enum.GetValues<PromptKind>(), kind => Assert.InRange(SummaryPrompt.Instance.OverheadTokens(Tokens, kind), 1, 1_000));
    }

    private static ArticleInput Plain(string text) => new(Encoding.UTF8.GetBytes(text), null, "text/plain");

    private static ArticleInput Html(string html) => new(Encoding.UTF8.GetBytes(html), null, "text/html");
}
