using Summarizer.Core.Ingestion;
using Summarizer.Core.Ingestion.Feeds;

namespace Summarizer.Core.Tests.Ingestion.Feeds;

public sealed class FeedDecoderTests
{
    private readonly FeedDecoder _decoder = new();

    [Fact]
    public void Decode_Rss20_ChannelTitleAndItemsWithoutMetadata()
    {
        var article = _decoder.Decode(FeedFixtures.Rss20);

        Assert.Equal("Harbour Town Gazette", article.Title);
        Assert.Equal(FeedFixtures.Rss20Text, article.Text);
        Assert.Equal("application/rss+xml", article.MediaType);
    }

    [Fact]
    public void Decode_Rss10_ItemsBesideTheChannelAndFullContentOverDescription()
    {
        var article = _decoder.Decode(FeedFixtures.Rss10);

        Assert.Equal("Field Notes", article.Title);
        Assert.Equal(
            "Swifts return early\n\nThe first swifts were seen over the river on the twelfth of April.\n\nThat is a week earlier than last year.",
            article.Text);
    }

    [Fact]
    public void Decode_Atom_HtmlXhtmlAndTextContentEachReadByItsType()
    {
        var article = _decoder.Decode(FeedFixtures.Atom);

        Assert.Equal("Workshop Log", article.Title);
        Assert.Equal(FeedFixtures.AtomText, article.Text);
    }

    [Fact]
    public void Decode_NotWellFormed_ReadLeniently()
    {
        // A broken character reference, an entity no DTD declares, an unclosed <b>, a bare '&' and a stray end tag:
        // XML parsers stop at the first; feed readers show the items, and so does the summariser.
        const string feed = """
            <?xml version="1.0" encoding="big5"?>
            <rss version="2.0"><channel><title>Broken &amp; Co</title>
            <item><title>First story</title><link>https://broken.example/1</link>
            <description>Prices rose&nbsp;again in March. The council blamed fuel &#2...</description>
            <pubDate>2026-04-01T10:00:00+08:00</pubDate></item>
            </p>
            <item><title>Second story & more</title><guid>https://broken.example/2</guid>
            <description><![CDATA[<p>The bridge reopens <b>on Monday.</p>]]></description></item>
            </channel></rss>
            """;

        var article = _decoder.Decode(feed);

        Assert.Equal("Broken & Co", article.Title);
        Assert.StartsWith("First story\n\nPrices rose again in March. The council blamed fuel ", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("Second story & more\n\nThe bridge reopens on Monday.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("broken.example", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2026", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_DoctypeWithEntityBombAndExternalEntity_NothingExpandedOrFetched()
    {
        var levels = string.Concat(Enumerable.Range(1, 9).Select(i =>
            $"  <!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n"));
        var feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n  <!ENTITY lol0 \"lol\">\n" + levels
            + "  <!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n"
            + "<rss version=\"2.0\"><channel><title>Bomb &lol9;</title><item><title>Item &secret;</title>"
            + "<description>Harmless text stays. &lol9;</description></item></channel></rss>";

        var article = _decoder.Decode(feed);

        // Expanded, &lol9; is a billion "lol"s; the references stay as the text they are.
        Assert.DoesNotContain("lollol", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", article.Text, StringComparison.Ordinal);
        Assert.Contains("Harmless text stays.", article.Text, StringComparison.Ordinal);
        Assert.True(article.Text.Length < feed.Length, "the text is no longer than the feed");
    }

    [Fact]
    public void Decode_DoctypeOfRss091_StillReadAsXml()
    {
        const string feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old feed</title>
            <item><title>Still here</title><link>https://old.example/1</link><description>Read as it always was.</description></item>
            </channel></rss>
            """;

        var article = _decoder.Decode(feed);

        Assert.Equal("Still here\n\nRead as it always was.", article.Text);
    }

    [Fact]
    public void Decode_MoreTextThanTheBudget_RefusedAsTooComplex()
    {
        var items = string.Concat(Enumerable.Repeat("<item><title>Item</title><description>" + new string('x', 60) + "</description></item>", 5));
        var feed = $"<rss version=\"2.0\"><channel><title>Long</title>{items}</channel></rss>";
        var budget = new DecodeBudget(new IngestionOptions { MaxTextCharacters = 200 }, feed.Length);

        var error = Assert.Throws<SummarizerException>(() => _decoder.Decode(feed, budget));

        Assert.Equal(ErrorCodes.DocumentTooComplex, error.Code);
        Assert.Contains("feed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_XhtmlContentNestedTooDeep_RefusedAsTooComplex()
    {
        // Well-formed, so the XML reader copies the markup out (in one pass) and the HTML tree builder refuses its depth.
        var feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Deep</title><entry><title>x</title><content type=\"xhtml\">"
            + string.Concat(Enumerable.Repeat("<div xmlns=\"http://www.w3.org/1999/xhtml\">", 20_000)) + "text"
            + string.Concat(Enumerable.Repeat("</div>", 20_000)) + "</content></entry></feed>";

        var error = Assert.Throws<SummarizerException>(() => _decoder.Decode(feed));

        Assert.Equal(ErrorCodes.DocumentTooComplex, error.Code);
    }

    [Fact]
    public void Decode_FeedWithoutItems_NoExtractableText()
    {
        const string feed = "<rss version=\"2.0\"><channel><title>Empty</title><link>https://empty.example/</link></channel></rss>";

        var error = Assert.Throws<SummarizerException>(() => _decoder.Decode(feed));

        Assert.Equal(ErrorCodes.NoExtractableText, error.Code);
    }

    [Theory]
    // Well-formed XML that is not a feed, and markup that is neither XML nor holds an item: read as HTML, as before.
    [InlineData("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>An XHTML page.</p></body></html>", "An XHTML page.")]
    [InlineData("<rss version=\"2.0\"><p>A page <br> that opens oddly.</p>", "A page that opens oddly.")]
    public void Decode_NoFeedInside_ReadAsHtml(string text, string expected)
    {
        var article = _decoder.Decode(text);

        Assert.Equal(expected, article.Text);
        Assert.Equal("text/html", article.MediaType);
    }
}
