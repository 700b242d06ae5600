using System.Text;
using Summarizer.Core.Links;

namespace Summarizer.Core.Tests.Links;

public sealed class LinkDocumentTests
{
    [Theory]
    [InlineData("[InternetShortcut]\r\nURL=https://example.com/story\r\n", "story.url", null)]
    [InlineData("[InternetShortcut]\nURL=https://example.com/story", null, "text/plain")]
    [InlineData("\uFEFF[InternetShortcut]\r\nIconIndex=0\r\nurl = https://example.com/story \r\n", null, null)]
    [InlineData("[{000214A0-0000-0000-C000-000000000046}]\r\nProp3=19,11\r\n[InternetShortcut]\r\nIDList=\r\nURL=https://example.com/story\r\nHotKey=0\r\n", "saved.URL", "application/octet-stream")]
    public void TryRead_InternetShortcut_GivesItsUrl(string content, string? name, string? contentType)
    {
        Assert.Equal("https://example.com/story", LinkDocument.TryRead(Encoding.UTF8.GetBytes(content), contentType, name));
    }

    [Fact]
    public void TryRead_UrlLineInAnotherSection_IsNotTheShortcutUrl()
    {
        var content = "[Other]\nURL=https://wrong.example/\n[InternetShortcut]\nURL=https://example.com/right\n"u8;

        Assert.Equal("https://example.com/right", LinkDocument.TryRead(content, null, "a.url"));
    }

    [Fact]
    public void TryRead_ShortcutWithoutUrl_IsUrlNotAllowed()
    {
        var error = Assert.Throws<SummarizerException>(() => LinkDocument.TryRead("[InternetShortcut]\nIconIndex=0\n"u8, null, "empty.url"));

        Assert.Equal(ErrorCodes.UrlNotAllowed, error.Code);
    }

    [Theory]
    [InlineData("""{"url": "https://example.com/story"}""", "application/json", null)]
    [InlineData("""{"id": 7, "URL": "https://example.com/story", "title": "ignored"}""", "application/json; charset=utf-8", null)]
    [InlineData("""  {"url": "https://example.com/story",}""", null, "link.json")]
    [InlineData("""{"url": "https://example.com/story"}""", "application/ld+json", null)]
    public void TryRead_JsonObjectWithOnlyAUrl_GivesTheUrl(string content, string? contentType, string? name)
    {
        Assert.Equal("https://example.com/story", LinkDocument.TryRead(Encoding.UTF8.GetBytes(content), contentType, name));
    }

    [Theory]
    [InlineData("""{"url": "https://example.com/story", "text": "The article itself."}""", "application/json")]
    [InlineData("""{"Body": "The article itself.", "url": "https://example.com/story"}""", "application/json")]
    [InlineData("""{"url": 42}""", "application/json")]
    [InlineData("""{"url": ""}""", "application/json")]
    [InlineData("""{"url": "https://example.com/story"}""", "text/plain")]
    [InlineData("""{"url": "https://example.com/story" """, "application/json")]
    [InlineData("""["https://example.com/story"]""", "application/json")]
    [InlineData("https://example.com/story", "text/plain")]
    public void TryRead_Article_IsNotALink(string content, string? contentType)
    {
        Assert.Null(LinkDocument.TryRead(Encoding.UTF8.GetBytes(content), contentType, null));
    }

    [Fact]
    public void TryRead_LargeInput_IsAnArticleWhateverItStartsWith()
    {
        var content = Encoding.UTF8.GetBytes("[InternetShortcut]\nURL=https://example.com/\n" + new string('x', LinkDocument.MaxBytes));

        Assert.Null(LinkDocument.TryRead(content, null, null));
    }
}
