using System.Text;
using Summarizer.Functions.Tests.Support;
using Summarizer.Testing;

namespace Summarizer.Functions.Tests;

/// <summary>POST /api/summarize under the Azure OpenAI engine's article budget (AzureOpenAI:MaxArticleTokens).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SummarizeTextBudgetTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SummarizeText_ArticleOverBudget_Returns413WithoutCallingTheEngine()
    {
        var harness = await FunctionsHarness.CreateAsync(azurite);
        var article = string.Join("\n\n", Enumerable.Repeat(TestArticles.Harbour, 20));

        var response = await HttpExchange.RunAsync(harness.SummarizeTextWithin(maxArticleTokens: 1_000).SummarizeText(
            HttpExchange.Text("POST", "/api/summarize", article), CancellationToken.None));

        var problem = response.AssertProblem(413, "input_too_large");
        Assert.Contains("at most 1000 tokens", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, harness.Engine.Calls);
    }

    [Fact]
    public async Task SummarizeText_HtmlWhoseTextFitsTheBudget_IsSummarised()
    {
        // Far more bytes than the budget allows tokens, nearly all of them markup: the budget is on the article's text.
        var harness = await FunctionsHarness.CreateAsync(azurite);
        var markup = new StringBuilder("<html><head><style>");
        markup.Append(string.Concat(Enumerable.Repeat(".c{color:#123456;margin:0 auto;padding:1px 2px 3px 4px}", 400)));
        markup.Append("</style></head><body><article><p>").Append(TestArticles.Harbour).Append("</p></article></body></html>");

        var response = await HttpExchange.RunAsync(harness.SummarizeTextWithin(maxArticleTokens: 1_000).SummarizeText(
            HttpExchange.Text("POST", "/api/summarize", markup.ToString(), "text/html"), CancellationToken.None));

        Assert.True(markup.Length > 10_000);
        Assert.Equal(200, response.Status);
        Assert.Equal(1, harness.Engine.Calls);
    }
}
