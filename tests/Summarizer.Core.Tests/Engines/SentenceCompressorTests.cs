using Summarizer.Core.Engines.Extractive;

namespace Summarizer.Core.Tests.Engines;

public sealed class SentenceCompressorTests
{
    [Theory]
    [InlineData("(CNN)Deputies rushed the suspect from court on Thursday after he swore at a judge.", "Deputies rushed the suspect from court on Thursday after he swore at a judge.")]
    [InlineData("LONDON, England (Reuters) -- The central bank held interest rates at five per cent on Thursday.", "The central bank held interest rates at five per cent on Thursday.")]
    [InlineData("KYIV (Reuters) - Ukraine said it had restored power to most of the capital overnight.", "Ukraine said it had restored power to most of the capital overnight.")]
    [InlineData("But the council said the bridge would stay open for buses until the spring.", "The council said the bridge would stay open for buses until the spring.")]
    [InlineData("However, the museum will stay closed on Mondays for the rest of the year.", "The museum will stay closed on Mondays for the rest of the year.")]
    [InlineData("The striker (pictured) scored twice in the second half to win the match.", "The striker scored twice in the second half to win the match.")]
    [InlineData("The bridge will close to cars from next April, the council said.", "The bridge will close to cars from next April.")]
    [InlineData("Prices rose faster than expected in March, according to official figures.", "Prices rose faster than expected in March.")]
    [InlineData("Tomkins, 26, will return to Wigan for the next Super League season.", "Tomkins will return to Wigan for the next Super League season.")]
    [InlineData("Haitians have migrated - many of them from the south - to the Dominican Republic.", "Haitians have migrated to the Dominican Republic.")]
    public void Compress_DropsWhatASummaryDoesNotNeed(string sentence, string expected)
    {
        Assert.Equal(expected, SentenceCompressor.Compress(sentence));
    }

    [Theory]
    [InlineData("\"We have patched this bridge for twenty years,\" she told reporters.")]
    [InlineData("The vote passed by nine votes to four after a long debate.")]
    [InlineData("But it failed badly.")]
    [InlineData("On Monday, it rained.")]
    public void Compress_KeepsSentencesWhereDroppingWouldChangeTheMeaningOrLeaveTooLittle(string sentence)
    {
        Assert.Equal(sentence, SentenceCompressor.Compress(sentence));
    }

    [Fact]
    public void Compress_KeepsEveryWordInArticleOrder()
    {
        const string sentence = "But on Tuesday, Mayor Helen Okafor (pictured), 52, said the bridge - built in 1911 - would close, officials said.";

        var compressed = SentenceCompressor.Compress(sentence);

        var position = 0;
        foreach (var word in compressed.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.Trim('.', ',');
            var found = sentence.IndexOf(bare, position, StringComparison.OrdinalIgnoreCase);
            Assert.True(found >= 0, $"'{bare}' is not in the original after position {position}");
            position = found + bare.Length;
        }
    }
}
