using Summarizer.Core.Engines.Extractive;

namespace Summarizer.Core.Tests.Engines;

public sealed class RankingSignalsTests
{
    [Theory]
    [InlineData("\"We have not discussed that at all today,\" Rutte said.", 0.7, 1.0)]
    [InlineData("'There were holes you could put your arm through,' she said.", 0.7, 1.0)]
    [InlineData("We will try to bring them to the next stage, of course.\"", 0.9, 1.0)]
    [InlineData("The council voted to close the bridge to cars.", 0.0, 0.0)]
    [InlineData("Britain's oldest lifeboat returns to the water next month.", 0.0, 0.0)]
    [InlineData("The film was called \"Cinderella\" and it opened on Friday to strong ticket sales.", 0.05, 0.3)]
    public void QuotedSpeech_Fraction_MeasuresHowMuchIsQuoted(string sentence, double min, double max)
    {
        Assert.InRange(QuotedSpeech.Fraction(sentence), min, max);
    }

    [Theory]
    [InlineData("He will succeed Ian Jones in the role from October.", true)]
    [InlineData("But the plan was rejected by the committee.", true)]
    [InlineData("\"They were forced out,\" one resident said.", true)]
    [InlineData("Why did the bridge fail?", true)]
    [InlineData("The bridge was closed on Tuesday.", false)]
    [InlineData("Theresa May visited the site on Monday.", false)]
    [InlineData("Heathrow expansion was approved by ministers.", false)]
    public void DependentOpening_Applies_ToSentencesThatLeanOnTheOneBefore(string sentence, bool expected)
    {
        Assert.Equal(expected, DependentOpening.Applies(sentence));
    }
}
