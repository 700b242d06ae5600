using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion.Html;

namespace Summarizer.Core.Tests.Ingestion.Html;

/// <summary>Text that is about a page or its comments rather than its subject: left out, or kept but never summarised.</summary>
public sealed class PageNoticeTests
{
    private const string Story = """
        <p>The river authority opened the new fish pass at the old mill weir on Saturday, after two years of building work.</p>
        <p>Salmon and sea trout have not been able to climb the weir since it was raised in the nineteenth century, engineers said.</p>
        <p>The pass is a series of twenty shallow pools, each a little higher than the one before, cut into the east bank.</p>
        <p>Volunteers will count the fish that use it every morning until the end of the autumn run, and publish the numbers weekly.</p>
        <p>The authority said the pass cost less than a new weir would have, and that the mill race keeps its water for the museum wheel.</p>
        <p>Anglers upstream welcomed the work, though some asked for the count to cover the spring run as well.</p>
        """;

    [Fact]
    public void Decode_CommentPolicyBesideTheCommentWidget_LeftOut()
    {
        var page = $"""
            <html><body><div id="story"><h1>Fish pass opens</h1>{Story}
            <div style="padding:10px 0"><p>We welcome lively and useful discussion; please read our <a href="/rules">community rules</a>
            and <a href="/privacy">privacy policy</a> before you post, so that we need not review comments before they appear.</p>
            <p>The opinions below are those of their authors and not of this site.</p></div>
            <div class="fb-comments" data-href="https://news.example/fish-pass"> </div></div></body></html>
            """;

        var text = new HtmlDecoder().Decode(page).Text;

        Assert.Contains("Volunteers will count the fish", text, StringComparison.Ordinal);
        Assert.DoesNotContain("lively and useful discussion", text, StringComparison.Ordinal);
        Assert.DoesNotContain("opinions below", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_EventPassedNotice_KeptAsAnAsideAndNeverSummarised()
    {
        const string notice = "This event has already taken place.";
        var page = $"""
            <html><body><div class="post"><h2 class="entry-title">Fish pass opening</h2>
            <div class="event-passed">{notice}</div>{Story}</div></body></html>
            """;

        var article = new HtmlDecoder().Decode(page);
        var summary = new ExtractiveSummarizer().Summarize(article, new SummaryOptions { Length = LengthPreset.Long });

        Assert.Contains(article.Asides, range => article.Text[range].Trim() == notice);
        Assert.DoesNotContain([.. summary.Sentences, .. summary.KeyPoints], line => line.Contains("already taken place", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_ArticleThatIsANotice_StaysTheArticle()
    {
        // A council's public notice is the page's subject, whatever its class says.
        var page = $"""<html><body><div class="notice"><h1>Fish pass opens</h1>{Story}</div></body></html>""";

        var article = new HtmlDecoder().Decode(page);
        var summary = new ExtractiveSummarizer().Summarize(article, SummaryOptions.Default);

        Assert.Empty(article.Asides);
        Assert.NotEmpty(summary.Sentences);
    }
}
