using Summarizer.Core.Languages;
using Summarizer.Core.Tests.Evaluation;

namespace Summarizer.Core.Tests.Languages;

public sealed class EnglishStemmerTests
{
    [Fact]
    public void Stem_GoldenWords_MatchReferenceStemmer()
    {
        Assert.True(GoldenFiles.PorterPairs.Count >= 300);

        var mismatches = GoldenFiles.PorterPairs
            .Select(pair => (pair.Word, pair.Stem, Actual: EnglishStemmer.Instance.Stem(pair.Word)))
            .Where(result => result.Actual != result.Stem)
            .Select(result => $"{result.Word}: expected {result.Stem}, got {result.Actual}")
            .ToList();

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "tie")]
    [InlineData("agreed", "agre")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("relational", "relat")]
    [InlineData("generalizations", "gener")]
    [InlineData("dying", "die")]
    [InlineData("news", "news")]
    [InlineData("as", "as")]
    [InlineData("Running", "run")]
    public void Stem_Word_GivesPorterStem(string word, string expected) =>
        Assert.Equal(expected, EnglishStemmer.Instance.Stem(word));
}
