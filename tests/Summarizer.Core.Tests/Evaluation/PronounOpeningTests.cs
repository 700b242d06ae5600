using Summarizer.Core.Evaluation;

namespace Summarizer.Core.Tests.Evaluation;

public sealed class PronounOpeningTests
{
    [Theory]
    [InlineData("He said the bridge would reopen in May.", true)]
    [InlineData("'It was the worst storm in years,' she said.", true)]
    [InlineData("But they said the plan was too expensive.", true)]
    [InlineData("However, this means the vote is delayed.", true)]
    [InlineData("Theresa May visited the site on Monday.", false)]
    [InlineData("The council said the bridge would reopen.", false)]
    [InlineData("Itself a landmark, the bridge is 100 years old.", false)]
    public void Applies_ToSentencesThatOpenWithAPronoun(string sentence, bool expected)
    {
        Assert.Equal(expected, PronounOpening.Applies(sentence));
    }

    [Fact]
    public void Count_CountsEveryLineOfTheSummary()
    {
        Assert.Equal((1, 3), PronounOpening.Count("The bridge closed.\nIt will reopen in May.\nBuses can still cross."));
    }
}
