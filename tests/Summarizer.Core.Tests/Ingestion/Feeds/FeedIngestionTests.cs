using System.Text;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Tests.Ingestion.Feeds;

/// <summary>Feeds through what every host runs (<see cref="ArticleDecoder"/>, then the embedded summariser).</summary>
public sealed class FeedIngestionTests
{
    private static readonly ArticleDecoder Decoder = new();

    /// <summary>A KOI8-R news feed with five items, as a misconfigured server sends it: labelled text/html.</summary>
    private const string RussianFeed = """
        <?xml version="1.0" encoding="koi8-r"?>
        <!-- Source: https://vesti.example/rss -->
        <rss version="2.0">
        <channel>
        <title>Вести Приморья</title>
        <link>https://vesti.example/</link>
        <managingEditor>redakciya@vesti.example</managingEditor>
        <item><title>Паром пойдёт чаще</title><link>https://vesti.example/news/101</link><pubDate>Tue, 14 Apr 2026 09:30:00 +1000</pubDate>
        <author>korr@vesti.example</author>
        <description>С мая паром между островом и городом будет ходить каждые двадцать минут. Последний рейс отправится в десять вечера.</description></item>
        <item><title>Библиотека открыта по воскресеньям</title><link>https://vesti.example/news/102</link><pubDate>Mon, 13 Apr 2026 17:05:00 +1000</pubDate>
        <description>Городская библиотека начнёт работать по воскресеньям со следующей недели. Читальный зал будет открыт до восьми часов.</description></item>
        <item><title>Ремонт набережной</title><link>https://vesti.example/news/103</link><pubDate>Sun, 12 Apr 2026 11:00:00 +1000</pubDate>
        <description>Ремонт набережной закончат к началу лета. Подрядчик обещает открыть пешеходную часть в июне.</description></item>
        <item><title>Новый маршрут автобуса</title><link>https://vesti.example/news/104</link><pubDate>Sat, 11 Apr 2026 08:15:00 +1000</pubDate>
        <description>Автобус номер семь свяжет вокзал с университетом. Первые рейсы начнутся в понедельник.</description></item>
        <item><title>Весенний фестиваль</title><link>https://vesti.example/news/105</link><pubDate>Fri, 10 Apr 2026 19:45:00 +1000</pubDate>
        <description>Весенний фестиваль соберёт музыкантов из трёх городов. Концерты пройдут в парке у моря.</description></item>
        </channel>
        </rss>
        """;

    static FeedIngestionTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decode_LegacyFeedLabelledHtml_ReadAsAFeedInItsDeclaredEncoding()
    {
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes(RussianFeed);

        var article = Decoder.Decode(new ArticleInput(bytes, "vesti.html", "text/html"));

        Assert.Equal("application/rss+xml", article.MediaType);
        Assert.Equal("koi8-r", article.Encoding?.Name);
        Assert.Equal("Вести Приморья", article.Title);
        Assert.StartsWith("Паром пойдёт чаще\n\nС мая паром между островом и городом будет ходить каждые двадцать минут.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("vesti.example", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2026", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_Feed_NoDateLinkOrEmailInSummaryOrKeyPoints()
    {
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes(RussianFeed);
        var article = Decoder.Decode(new ArticleInput(bytes, "vesti.html", "text/html"));

        var summary = new ExtractiveSummarizer().Summarize(article, SummaryOptions.Default);

        string[] lines = [.. summary.Sentences, .. summary.KeyPoints];
        Assert.NotEmpty(summary.Sentences);
        Assert.All(lines, line =>
        {
            Assert.DoesNotContain("http", line, StringComparison.Ordinal);
            Assert.DoesNotContain("@", line, StringComparison.Ordinal);
            Assert.DoesNotContain("2026", line, StringComparison.Ordinal);
            Assert.DoesNotContain("+1000", line, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("application/rss+xml", null)]
    [InlineData("application/atom+xml; charset=utf-8", null)]
    [InlineData("text/xml", null)]
    [InlineData("application/xml", null)]
    [InlineData(null, "news.rss")]
    [InlineData("application/octet-stream", "feed.xml")]
    [InlineData(null, null)]
    public void Decode_FeedByTypeNameOrContent_ReadAsAFeed(string? contentType, string? sourceName)
    {
        const string feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>One</title>"
            + "<link>https://x.example/1</link><description>Body text.</description></item></channel></rss>";

        var article = Decoder.Decode(new ArticleInput(Encoding.UTF8.GetBytes(feed), sourceName, contentType));

        Assert.Equal("One\n\nBody text.", article.Text);
    }

    [Fact]
    public void Decode_Rss10SentAsRdf_ReadAsAFeed()
    {
        var article = Decoder.Decode(new ArticleInput(Encoding.UTF8.GetBytes(FeedFixtures.Rss10), null, "application/rdf+xml"));

        Assert.Equal("Field Notes", article.Title);
    }

    [Fact]
    public void Decode_HtmlPageThatMentionsRss_StaysHtml()
    {
        const string page = "<!DOCTYPE html><html><head><title>Feeds</title></head><body>"
            + "<p>Our feed starts with &lt;rss version=\"2.0\"&gt; and lists every story.</p></body></html>";

        var article = Decoder.Decode(new ArticleInput(Encoding.UTF8.GetBytes(page), "feeds.html", "text/html"));

        Assert.Equal("text/html", article.MediaType);
        Assert.Contains("<rss version=\"2.0\">", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_OtherXmlSentAsApplicationXml_RefusedWithTheReason()
    {
        const string xml = "<?xml version=\"1.0\"?><invoice><total>12</total></invoice>";

        var error = Assert.Throws<SummarizerException>(() =>
            Decoder.Decode(new ArticleInput(Encoding.UTF8.GetBytes(xml), null, "application/xml")));

        Assert.Equal(ErrorCodes.UnsupportedContent, error.Code);
        Assert.Contains("RSS and Atom feeds", error.Message, StringComparison.Ordinal);
    }
}
