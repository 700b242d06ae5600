using Summarizer.Core.Ingestion.Charsets;

namespace Summarizer.Core.Tests.Ingestion.Charsets;

public sealed class ContentTypeCharsetTests
{
    [Theory]
    [InlineData("text/html; charset=windows-1250", "windows-1250")]
    [InlineData("text/html;charset=\"Shift_JIS\"", "Shift_JIS")]
    [InlineData("text/plain; format=flowed; CHARSET=koi8-r ; delsp=yes", "koi8-r")]
    [InlineData("text/plain; charset=utf-8; charset=latin1", "utf-8")]
    [InlineData("text/plain; name=\"a;b\"; charset=gbk", "gbk")]
    [InlineData("text/plain; charsetx=gbk", "")]
    [InlineData("text/plain; charset", "")]
    [InlineData("text/plain", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Of_ContentType_GivesTheCharsetLabel(string? contentType, string expected)
    {
        Assert.Equal(expected, ContentTypeCharset.Of(contentType).ToString());
    }
}
