using Summarizer.Core.Evaluation;

namespace Summarizer.Core.Tests.Evaluation;

public sealed class RougeScorerTests
{
    private readonly RougeScorer _scorer = new();

    public static TheoryData<int> GoldenPairIndexes { get; } = [.. Enumerable.Range(0, GoldenFiles.RougePairs.Count)];

    [Fact]
    public void GoldenFile_HasEnoughPairs() => Assert.True(GoldenFiles.RougePairs.Count >= 50);

    [Theory]
    [MemberData(nameof(GoldenPairIndexes))]
    public void Score_GoldenPair_MatchesReferenceScorerExactly(int index)
    {
        var pair = GoldenFiles.RougePairs[index];

        var scores = _scorer.Score(pair.Reference, pair.Hypothesis, pair.Language);

        // Exact equality: the scorer promises the reference's numbers to the last bit, not approximately.
        Assert.Equal(pair.Rouge1, (scores.Rouge1.Precision, scores.Rouge1.Recall, scores.Rouge1.F1));
        Assert.Equal(pair.Rouge2, (scores.Rouge2.Precision, scores.Rouge2.Recall, scores.Rouge2.F1));
        Assert.Equal(pair.RougeL, (scores.RougeL.Precision, scores.RougeL.Recall, scores.RougeL.F1));
        Assert.Equal(pair.RougeLsum, (scores.RougeLsum.Precision, scores.RougeLsum.Recall, scores.RougeLsum.F1));
    }

    [Fact]
    public void Score_IdenticalTexts_IsPerfect()
    {
        const string text = "The harbour reopened.\nShips returned within hours.";

        var scores = _scorer.Score(text, text);

        Assert.All(new[] { scores.Rouge1, scores.Rouge2, scores.RougeL, scores.RougeLsum }, s => Assert.Equal(1.0, s.F1));
    }

    [Theory]
    [InlineData("", "Ships returned.")]
    [InlineData("Ships returned.", "")]
    [InlineData("!!!", "???")]
    public void Score_NothingToCompare_IsZero(string reference, string hypothesis)
    {
        var scores = _scorer.Score(reference, hypothesis);

        Assert.All(new[] { scores.Rouge1, scores.Rouge2, scores.RougeL, scores.RougeLsum }, s => Assert.Equal(RougeScore.Zero, s));
    }

    [Fact]
    public void Score_WordOrderReversed_KeepsUnigramsButLosesBigramsAndLcs()
    {
        var scores = _scorer.Score("alpha beta gamma delta", "delta gamma beta alpha");

        Assert.Equal(1.0, scores.Rouge1.F1);
        Assert.Equal(0.0, scores.Rouge2.F1);
        Assert.Equal(0.25, scores.RougeL.F1);
    }

    [Fact]
    public void Score_WithoutStemmer_InflectionsNoLongerMatch()
    {
        var stemmed = _scorer.Score("the ferries were running", "the ferry runs");
        var unstemmed = new RougeScorer(new RougeOptions { UseStemmer = false }).Score("the ferries were running", "the ferry runs");

        Assert.True(stemmed.Rouge1.F1 > unstemmed.Rouge1.F1);
        Assert.Equal(RougeScore.FromCounts(1, 4, 3), unstemmed.Rouge1);
    }

    [Fact]
    public void Score_OneLineHypothesis_IsSplitIntoSentencesForLsumUnlessDisabled()
    {
        // Each reference word sits in a different hypothesis sentence, in crossed order.
        const string reference = "Ports closed.";
        const string hypothesis = "Closed again. Ports too.";

        var split = _scorer.Score(reference, hypothesis);
        var unsplit = new RougeScorer(new RougeOptions { SplitSingleLineHypothesis = false }).Score(reference, hypothesis);

        Assert.Equal(RougeScore.FromCounts(2, 2, 4), split.RougeLsum);
        Assert.Equal(RougeScore.FromCounts(1, 2, 4), unsplit.RougeLsum);
    }

    [Theory]
    [InlineData("en", new[] { "ferri", "ran", "5", "km" })]
    [InlineData("fr", new[] { "ferries", "ran", "5", "km" })]
    [InlineData("de", new[] { "ferries", "ran", "5", "km" })]
    public void Tokenize_Language_StemsOnlyEnglish(string language, string[] expected)
    {
        Assert.Equal(expected, _scorer.Tokenize("Ferries ran 5-km!", language));
    }

    [Fact]
    public void Tokenize_NonEnglish_KeepsAccentedLetters()
    {
        Assert.Equal(["straßenbau", "in", "köln"], _scorer.Tokenize("Straßenbau in Köln", "de"));
        Assert.Equal(["stra", "enbau", "in", "k", "ln"], _scorer.Tokenize("Straßenbau in Köln", "en"));
    }
}
