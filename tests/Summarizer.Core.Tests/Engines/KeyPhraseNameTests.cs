using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Tests.Engines;

/// <summary>
/// Names the key phrases must keep whole, one shape each, in articles written for this project: a name longer than a
/// phrase window, a title with a word before it, a name holding a word that breaks phrases or a stop word, a possessive
/// before a name, and a word grouped with a name's last word. Each phrase list must hold no piece of the name, and the
/// name itself (or the person's name without the title) when the article is about it.
/// </summary>
public sealed class KeyPhraseNameTests
{
    private static readonly ExtractiveSummarizer Engine = new();

    public static TheoryData<string, string, string> Articles() => new()
    {
        {
            "Superior Court Judge Arnold O. Jones sentenced the farmer to life in prison on Thursday. The farmer shouted at "
            + "Superior Court Judge Arnold O. Jones as deputies led him from the courtroom. Superior Court Judge Arnold O. Jones "
            + "said the court would not tolerate threats against witnesses. Deputies said the farmer had attacked two guards.",
            "Superior Court Judge Arnold", "Arnold O. Jones"
        },
        {
            "On Tuesday, First Minister Peter Robinson urged the government to suspend the assembly. First Minister Peter "
            + "Robinson said the assembly could not work while the dispute went on. The assembly has met twice since the "
            + "election. First Minister Peter Robinson will meet party leaders again on Friday to discuss the assembly.",
            "Minister Peter Robinson", "Peter Robinson"
        },
        {
            "The champion was expelled from the Dubai Open after he was caught with a phone. Organisers of the Dubai Open "
            + "said the phone held chess software. The Dubai Open has banned phones since 2008. Players at the Dubai Open "
            + "said the champion had left the hall often during his games.",
            "Dubai", "Dubai Open"
        },
        {
            "Until last week, the US Drug Enforcement Administration listed the senator as a wanted man. The US Drug "
            + "Enforcement Administration said the senator had laundered money for traffickers. Lawyers for the senator said "
            + "the US Drug Enforcement Administration had no evidence. The senator denied every charge.",
            "Drug Enforcement Administration", "US Drug Enforcement Administration"
        },
        {
            "Rotherham must win to stay out of League One. Millwall will drop to League One if they lose at home. Preston "
            + "lead League One by two points, and Swindon are second in League One with a game to play. Burton were "
            + "promoted from League Two last week.",
            "League", "League One"
        },
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void Summarize_ArticleAboutAName_NeverGivesAPieceOfIt(string article, string piece, string whole)
    {
        var phrases = Engine.Summarize(Article.FromPlainText(article), SummaryOptions.Default).KeyPhrases.Select(p => p.Text).ToList();

        Assert.DoesNotContain(piece, phrases);
        Assert.Contains(whole, phrases);
    }

    [Fact]
    public void Summarize_PossessiveBeforeAName_GivesTheNameWithoutTheOwner()
    {
        const string text = "CNN's John D. Sutter travelled to the Arctic to measure the melting ice. CNN's John D. Sutter met "
            + "scientists who measure the ice every spring. The scientists told CNN's John D. Sutter the ice was thinner than "
            + "ever. The melting ice could raise the sea by a metre.";

        var phrases = Engine.Summarize(Article.FromPlainText(text), SummaryOptions.Default).KeyPhrases.Select(p => p.Text).ToList();

        Assert.DoesNotContain(phrases, p => p.EndsWith("John", StringComparison.Ordinal));
        Assert.Contains("John D. Sutter", phrases);
    }

    [Fact]
    public void Summarize_WordThatIsANamesLastWordElsewhere_IsShownAsTheArticleWritesItAlone()
    {
        // "College" only stands in "Kingston Maurward College"; the topic word the article writes alone is "colleges".
        const string text = "The money for Kingston Maurward College will pay for a new animal sciences building. Weymouth "
            + "will also get money for its colleges. The grants form part of an investment in colleges across England. The "
            + "minister said colleges that fail will get help, and colleges that do well will get more money.";

        var phrases = Engine.Summarize(Article.FromPlainText(text), SummaryOptions.Default).KeyPhrases.Select(p => p.Text).ToList();

        Assert.DoesNotContain("College", phrases);
        Assert.Contains(phrases, p => p.StartsWith("colleges", StringComparison.Ordinal) || p == "Kingston Maurward College");
    }

    [Fact]
    public void Summarize_CompoundAfterAnAbbreviation_NeverGivesAPhraseStartingInsideIt()
    {
        // "D.C.-based" is one compound, as "Jersey-based" is: no phrase may open on its second part ("based sports reporter").
        const string text = "Britt Hale, a Washington D.C.-based sports reporter for the network, was suspended for a week. "
            + "The Washington D.C.-based sports reporter apologised on Friday. The network said the sports reporter would "
            + "return after the suspension. Viewers said the suspension of the sports reporter was too short.";

        var phrases = Engine.Summarize(Article.FromPlainText(text), SummaryOptions.Default).KeyPhrases.Select(p => p.Text).ToList();

        Assert.DoesNotContain(phrases, p => p.StartsWith("based", StringComparison.Ordinal));
        Assert.Contains(phrases, p => p.Contains("sports reporter", StringComparison.Ordinal));
    }
}
