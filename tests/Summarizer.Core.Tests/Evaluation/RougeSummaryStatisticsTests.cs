using Summarizer.Core.Evaluation;

namespace Summarizer.Core.Tests.Evaluation;

public sealed class RougeSummaryStatisticsTests
{
    [Fact]
    public void Means_TwoDocuments_AreF1TimesHundredWithStandardError()
    {
        var statistics = new RougeSummaryStatistics();
        statistics.Add(Scores(0.2));
        statistics.Add(Scores(0.4));

        Assert.Equal(2, statistics.Count);
        Assert.Equal(30.0, statistics.Rouge1.F1, 10);
        // Sample standard deviation 14.142..., divided by sqrt(2).
        Assert.Equal(10.0, statistics.RougeLsum.StandardError, 10);
    }

    [Fact]
    public void Means_NoDocuments_AreZero()
    {
        var statistics = new RougeSummaryStatistics();

        Assert.Equal(new RougeMean(0, 0), statistics.Rouge2);
    }

    private static RougeScores Scores(double f1)
    {
        var score = new RougeScore(f1, f1, f1);
        return new RougeScores(score, score, score, score);
    }
}
