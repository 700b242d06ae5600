using Summarizer.Core.Ingestion;


namespace Summarizer.Core.Tests.Ingestion;

public sealed class ArticleFormatsTests
{
    [Fact]
    public void All_ListsEveryDecodersFormatOnce()
    {
        Assert.Equal(
            ["text/plain", "text/markdown", "text/html", "application/json", "application/rss+xml", "application/pdf", ArticleFormats.Docx.MediaType],
            ArticleFormats.All.Select(f => f.MediaType));
        Assert.Equal([false, false, false, false, false, true, true], ArticleFormats.All.Select(f => f.IsBinary));
        Assert.Contains("text/x-markdown", ArticleFormats.All[1].OtherMediaTypes);
        Assert.Contains(".xhtml", ArticleFormats.All[2].Extensions);
    }

    [Theory]
    [InlineData("text/x-markdown", "text/markdown")]
    [InlineData("TEXT/MARKDOWN; charset=utf-8", "text/markdown")]
    [InlineData("application/ld+json", "application/json")]
    [InlineData("text/json", "application/json")]
    [InlineData("application/xhtml+xml", "text/html")]
    [InlineData("application/pdf", "application/pdf")]
    [InlineData("application/atom+xml", "application/rss+xml")]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public void FromContentType_AliasesAndParameters_NameTheSameFormatTheDecoderReads(string contentType, string mediaType)
    {
        Assert.Equal(mediaType, ArticleFormats.FromContentType(contentType)?.MediaType);
    }

    [Theory]
    [InlineData("text/csv", true)]
    [InlineData("application/octet-stream", true)]
    [InlineData(null, true)]
    [InlineData("application/pdf", true)]
    [InlineData("application/xml", true)]
    [InlineData("application/rdf+xml", true)]
    [InlineData("image/png", false)]
    [InlineData("application/vnd.ms-excel", false)]
    public void Accepts_MatchesWhatTheDecoderWillTry(string? contentType, bool accepted)
    {
        Assert.Equal(accepted, ArticleFormats.Accepts(contentType));
    }

    [Theory]
    [InlineData("report.PDF", "application/pdf")]
    [InlineData("story.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("notes.md", "text/markdown")]
    [InlineData("page.xhtml", "text/html")]
    [InlineData("news.atom", "application/rss+xml")]
    [InlineData("archive.zip", "application/octet-stream")]
    [InlineData("README", "application/octet-stream")]
    public void ContentTypeFor_FileName_GivesTheStoredContentType(string name, string contentType)
    {
        Assert.Equal(contentType, ArticleFormats.ContentTypeFor(name));
    }

    [Theory]
    [InlineData("<p>One.</p><p>Two.</p>", "text/html")]
    [InlineData("  <!DOCTYPE html><html><body>x</body></html>", "text/html")]
    [InlineData("Intro line.<br>Second line.", "text/html")]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title></channel></rss>", "application/rss+xml")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title></feed>", "application/rss+xml")]
    [InlineData("# Heading\n\nBody.", "text/markdown")]
    [InlineData("Intro.\n\n## Section\n\nBody.", "text/markdown")]
    [InlineData("See [the report](https://example.org) for details.", "text/markdown")]
    [InlineData("Code:\n```\nx = 1\n```", "text/markdown")]
    [InlineData("The council met on Tuesday. Costs rose 5% to #1 in the region.", "text/plain")]
    [InlineData("A < B and C > D are comparisons, not tags.", "text/plain")]
    [InlineData("Prices - fell\n- rose\n* stayed", "text/plain")]
    public void TextFormatSniffer_OnlyUnmistakableSignsCount(string text, string mediaType)
    {
        Assert.Equal(mediaType, TextFormatSniffer.MediaTypeOf(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
