using Summarizer.Core.Engines;

namespace Summarizer.AI.Tests;

public sealed class ModelLengthLimitTests
{
    [Theory]
    [InlineData(LengthPreset.Short, 40, 2)]
    [InlineData(LengthPreset.Medium, 40, 3)]
    [InlineData(LengthPreset.Long, 20, 5)]
    [InlineData(LengthPreset.Long, 80, 8)]
    [InlineData(LengthPreset.Long, 500, 12)]
    public void Resolve_Preset_SameSentenceCountsAsExtractiveEngine(LengthPreset preset, int articleSentences, int expected)
    {
        var length = ModelLengthLimit.Resolve(new SummaryOptions { Length = preset }, articleSentences, articleSentences * 20);

        Assert.Equal(expected, length.MaxSentences);
        Assert.False(length.IsWordBudget);
    }

    [Fact]
    public void Resolve_Sentences_TakesTheCount()
    {
        Assert.Equal(7, ModelLengthLimit.Resolve(new SummaryOptions { Sentences = 7 }, 50, 1000).MaxSentences);
    }

    [Theory]
    [InlineData(null, 0.1, 1000, 100)]
    [InlineData(null, 0.05, 30, 2)]
    [InlineData(45, null, 1000, 45)]
    public void Resolve_WordBudget_IsWordsOrRatioOfArticle(int? words, double? ratio, int articleWords, int expected)
    {
        var length = ModelLengthLimit.Resolve(new SummaryOptions { Words = words, Ratio = ratio }, 50, articleWords);

        Assert.Equal(expected, length.MaxWords);
        Assert.True(length.IsWordBudget);
    }

    [Theory]
    [InlineData(3, 100, true)]
    [InlineData(4, 100, false)]
    public void IsCoveredBy_SentenceCount_ComparesArticleSentences(int articleSentences, int articleWords, bool expected) =>
        Assert.Equal(expected, ModelLengthLimit.Resolve(SummaryOptions.Default, articleSentences, articleWords).IsCoveredBy(articleSentences, articleWords));

    [Theory]
    [InlineData(40, true)]
    [InlineData(41, false)]
    public void IsCoveredBy_WordBudget_ComparesArticleWords(int articleWords, bool expected) =>
        Assert.Equal(expected, ModelLengthLimit.Resolve(new SummaryOptions { Words = 40 }, 10, articleWords).IsCoveredBy(10, articleWords));
}
