using Summarizer.Core.Evaluation;

namespace Summarizer.Core.Tests.Evaluation;

public sealed class LeadBaselineTests
{
    private const string Article = "The bridge opened on Monday. Traffic flowed at once! Was it worth the wait? Most drivers said yes. Tolls start in May.";

    [Theory]
    [InlineData(1, new[] { "The bridge opened on Monday." })]
    [InlineData(3, new[] { "The bridge opened on Monday.", "Traffic flowed at once!", "Was it worth the wait?" })]
    public void Summarize_LongerArticle_ReturnsFirstSentencesInOrder(int count, string[] expected)
    {
        Assert.Equal(expected, new LeadBaseline(count).Summarize(Article));
    }

    [Fact]
    public void Summarize_FewerSentencesThanAsked_ReturnsAllOfThem()
    {
        Assert.Equal(["Only one sentence here."], new LeadBaseline(3).Summarize("Only one sentence here."));
        Assert.Empty(new LeadBaseline(3).Summarize("   "));
    }

    [Fact]
    public void Constructor_ZeroSentences_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LeadBaseline(0));

    [Fact]
    public void Name_NamesTheSentenceCount() => Assert.Equal("lead-3", new LeadBaseline().Name);
}
