using Summarizer.Core.Engines.Extractive;

namespace Summarizer.Core.Tests.Engines;

public sealed class SummaryShortenerTests
{
    private const string Introduction = "The alliance will send more air defence systems to its eastern members, NATO Secretary General Mark Rutte said.";

    [Fact]
    public void Shorten_KeepsTheOnlyIntroductionOfAPersonALaterSentenceNamesBySurname()
    {
        string[] summary = [Introduction, "Rutte said the allies had agreed to share the cost of the new systems."];

        var shortened = SummaryShortener.Shorten(summary);

        Assert.Equal(Introduction, shortened[0]);
        Assert.Equal(summary[1], shortened[1]);
    }

    [Fact]
    public void Shorten_DropsTheAttributionWhenNoLaterSentenceNeedsTheName()
    {
        string[] summary = [Introduction, "The allies had agreed to share the cost of the new systems."];

        var shortened = SummaryShortener.Shorten(summary);

        Assert.Equal("The alliance will send more air defence systems to its eastern members.", shortened[0]);
    }

    [Fact]
    public void Shorten_DropsTheAttributionWhenAnEarlierSentenceAlreadyIntroducedThePerson()
    {
        string[] summary =
        [
            "Mark Rutte met the defence ministers of the alliance in Brussels on Thursday.",
            Introduction,
            "Rutte said the allies had agreed to share the cost of the new systems.",
        ];

        var shortened = SummaryShortener.Shorten(summary);

        Assert.Equal("The alliance will send more air defence systems to its eastern members.", shortened[1]);
    }

    [Fact]
    public void Shorten_KeepsANameInADroppedAsideWhenALaterSentenceUsesTheSurname()
    {
        string[] summary =
        [
            "The council's new leader - former teacher Helen Okafor - promised to reopen the bridge to buses.",
            "Okafor said the repairs would take until the spring.",
        ];

        var shortened = SummaryShortener.Shorten(summary);

        Assert.Equal(summary[0], shortened[0]);
    }
}
