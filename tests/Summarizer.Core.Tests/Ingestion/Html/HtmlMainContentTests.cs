using Summarizer.Core.Ingestion.Html;


namespace Summarizer.Core.Tests.Ingestion.Html;

/// <summary>
/// Pages written for these tests, each built around one way page furniture used to end up in the article (or the
/// article got lost): the story must be kept whole and the furniture around or inside it dropped.
/// </summary>
public sealed class HtmlMainContentTests
{
    [Fact]
    public void Decode_PostOutsideArticleBesidePromoAndCommentArticles_KeepsThePostOnly()
    {
        var text = Decode("promo-and-comment-articles.html");

        AssertKeeps(text,
            "When the last tenant of the Kestrel Lane smallholding moved away",
            "A visiting expert from the county fruit society identified three local varieties",
            "the only rule is that nobody climbs above the second rung without a partner holding the ladder.");
        AssertDrops(text, "calendar", "Twelve months of valley photographs", "scrumping", "minimum age for volunteers", "Great work", "thoughts on this post");
    }

    [Fact]
    public void Decode_PageWithoutLandmarks_DropsMenusBreadcrumbsShareBarNewsletterRelatedLinksAndComments()
    {
        var text = Decode("no-landmarks.html");

        AssertKeeps(text,
            "Night buses will run again between the railway station and the harbour",
            "Hospitality workers had campaigned for the return of the route",
            "the timetable would be reviewed after six months.");
        AssertDrops(text,
            "Weather", "Contact us", "Transport", "Share on Facebook", "Copy link", "newsletter", "morning briefing",
            "Ferry timetable changes", "More on this story", "Readers' comments", "paying for taxis", "retail park",
            "Privacy");
    }

    [Fact]
    public void Decode_VideoPlayerMostReadAndKudosInsideTheArticle_AreDropped()
    {
        var text = Decode("furniture-inside-article.html");

        AssertKeeps(text,
            "Surveyors who have measured the Aldern glacier every autumn since 1974",
            "The team, from the university's geography department",
            "Summers that are warmer and longer are the main cause",
            "is now a two-hour walk from it.");
        AssertDrops(text, "Mute", "Playback Rate", "Captions", "Fullscreen", "Most read", "swimming pool", "Liked by", "bjorn");
    }

    [Fact]
    public void Decode_PageWrappedWholeInAForm_ReadsTheNotice()
    {
        var article = IngestionFixtures.Decode(IngestionFixtures.Read(Path.Combine("pages", "webforms-page.html")), "notice.aspx.html");

        Assert.Equal("Water supply works on Mill Street", article.Title);
        AssertKeeps(article.Text,
            "The water company will replace the main under Mill Street",
            "residents and businesses will keep access to their premises at all times.",
            "bottled water will be delivered to anyone registered as a priority customer.");
        AssertDrops(article.Text, "VIEWSTATE", "Bins and recycling", "Council tax", "Accessibility");
    }

    [Fact]
    public void Decode_MathMLFormula_IsReadAsWordsWithoutItsTeXSource()
    {
        var text = Decode("formula.html");

        Assert.Contains("The period is T = 2 π L g where the length is measured from the pivot", text, StringComparison.Ordinal);
        AssertDrops(text, "\\pi", "sqrt");
    }

    private static string Decode(string page)
    {
        var article = new HtmlDecoder().Decode(IngestionFixtures.Read(Path.Combine("pages", page)));
        IngestionFixtures.AssertCleanText(article.Text);
        return article.Text;
    }

    private static void AssertKeeps(string text, params string[] passages)
    {
        foreach (var passage in passages)
        {
            Assert.Contains(passage, text, StringComparison.Ordinal);
        }
    }

    private static void AssertDrops(string text, params string[] furniture)
    {
        foreach (var words in furniture)
        {
            Assert.DoesNotContain(words, text, StringComparison.Ordinal);
        }
    }
}
