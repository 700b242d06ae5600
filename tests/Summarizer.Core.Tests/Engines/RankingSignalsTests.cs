using Summarizer.Core.Engines.Extractive;
using Summarizer.Core.Text;

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

    [Fact]
    public void QuotedSpeech_Fractions_CarrySingleQuotesAcrossSentences()
    {
        var fractions = QuotedSpeech.Fractions(Sentences(
            "The manager spoke after the match.",
            "'Games like this are why I came back.",
            "The crowd never stopped singing.",
            "For the fans and everyone it was just a special day,' he said.",
            "The club's next game is on Sunday."));

        Assert.Equal(0, fractions[0]);
        Assert.All(fractions[1..4], f => Assert.True(f > 0.8, $"quoted share {f}"));
        Assert.Equal(0, fractions[4]);
    }

    [Fact]
    public void QuotedSpeech_Fractions_AQuotationReopenedInTheNextParagraphStaysOpen()
    {
        // Without paragraph breaks, a quotation continued into a new paragraph reads as an unclosed quote followed by a
        // fresh opening one; the fresh one must not close the first and leave the new sentence counted as narration.
        var fractions = QuotedSpeech.Fractions(Sentences(
            "\"We played well in the first half and deserved the lead.",
            "\"Saracens in England are up there, playing very good stuff.",
            "The team travel to Paris next week."));

        Assert.True(fractions[0] > 0.8, $"quoted share {fractions[0]}");
        Assert.True(fractions[1] > 0.8, $"quoted share {fractions[1]}");
        Assert.Equal(0, fractions[2]);
    }

    [Fact]
    public void QuotedSpeech_Fractions_AStrayOpeningMarkDoesNotTurnTheNarrationThatFollowsIntoQuotation()
    {
        var fractions = QuotedSpeech.Fractions(Sentences(
            "'Wiggins, whose track pedigree includes three Olympic gold medals, is expected to set a mark.",
            "Wiggins will hope for a capacity crowd to spur on his attempt.",
            "Tickets go on sale from April 19.",
            "The event will be broadcast live on Sky Sports.",
            "He finished his Team Sky career at Paris-Roubaix last Sunday.",
            "He will ride in no more road races for the team.",
            "His coach called the attempt 'a fitting end to a great career.'"));

        Assert.All(fractions[1..6], f => Assert.Equal(0, f));
    }

    [Fact]
    public void QuotedSpeech_Fractions_ALongQuotationWhoseParagraphsEachReopenIsQuotedThroughout()
    {
        var fractions = QuotedSpeech.Fractions(Sentences(
            "'Games like this are why I came back.",
            "Being at a club like this, they just love football.",
            "I was told to work hard and score goals.",
            "'And I just love scoring goals, the fans deserved it.",
            "It has been really difficult for them in the last few weeks.",
            "'It was the whole occasion really that got to me.",
            "It was great to be the person that made so many people happy,' he said."));

        Assert.All(fractions, f => Assert.True(f > 0.8, $"quoted share {f}"));
    }

    [Fact]
    public void QuotedSpeech_Fractions_ApostrophesOpenNoQuotation()
    {
        // Possessives, contractions and 'n' inside words or at their ends never open a quotation that swallows the text.
        var fractions = QuotedSpeech.Fractions(Sentences(
            "The dogs' owners said it's a rock 'n' roll town.",
            "The council's plan was approved in the '90s.",
            "Residents welcomed the decision.",
            "The shelter's new kennels open in May."));

        Assert.All(fractions, f => Assert.True(f < 0.2, $"quoted share {f}"));
    }

    [Fact]
    public void QuotedSpeech_Fractions_AQuotationThatNeverClosesCountsForNothingBeyondItsSentence()
    {
        var fractions = QuotedSpeech.Fractions(Sentences(
            "He called the plan 'a disgrace and a waste.",
            "The minister rejected the criticism.",
            "The vote is due next week."));

        Assert.Equal(0, fractions[1]);
        Assert.Equal(0, fractions[2]);
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

    private static List<Sentence> Sentences(params string[] texts)
    {
        var list = new List<Sentence>();
        var start = 0;
        foreach (var text in texts)
        {
            list.Add(new Sentence(start, text.Length, text, 0));
            start += text.Length + 1;
        }

        return list;
    }
}
