using System.Text;
using Summarizer.Core.Ingestion.Charsets;

namespace Summarizer.Core.Tests.Ingestion.Charsets;

/// <summary>The HTML standard's prescan for a page's own declaration, case by case.</summary>
public sealed class HtmlPrescanTests
{
    [Theory]
    [InlineData("<meta charset=koi8-r>", "koi8-r")]
    [InlineData("<META CHARSET=\"KOI8-R\">", "koi8-r")]
    [InlineData("<meta charset = 'shift_jis' >", "shift_jis")]
    [InlineData("<meta/charset=gbk>", "gbk")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">", "windows-1250")]
    [InlineData("<meta content=\"text/html;charset=ISO-8859-2\" http-equiv=content-type>", "iso-8859-2")]
    [InlineData("<meta http-equiv=content-type content='text/html; charset=\"euc-kr\"'>", "euc-kr")]
    [InlineData("<meta http-equiv=content-type content='charsetx charset = big5'>", "big5")]
    [InlineData("<!DOCTYPE html><html><head><title>x</title><meta charset=latin1>", "windows-1252")]
    // What could only have been read as ASCII is not UTF-16; x-user-defined is read as windows-1252.
    [InlineData("<meta charset=utf-16le>", "utf-8")]
    [InlineData("<meta charset=x-user-defined>", "windows-1252")]
    // The first charset attribute counts; a later duplicate does not.
    [InlineData("<meta charset=koi8-r charset=gbk>", "koi8-r")]
    // A meta that names nothing is passed over for the next one.
    [InlineData("<meta charset=no-such-label><meta charset=iso-8859-7>", "iso-8859-7")]
    [InlineData("<meta name=viewport content='charset=gbk'><meta charset=iso-8859-5>", "iso-8859-5")]
    // A charset attribute beats a content charset on the same tag, whichever comes first.
    [InlineData("<meta http-equiv=content-type content='text/html; charset=gbk' charset=koi8-u>", "koi8-u")]
    // Comments, other tags' attribute values, processing instructions and end tags hide nothing and reveal nothing.
    [InlineData("<!-- <meta charset=gbk> --><meta charset=windows-1251>", "windows-1251")]
    [InlineData("<!--><meta charset=windows-1251>", "windows-1251")]
    [InlineData("<a title='<meta charset=gbk>'><meta charset=windows-1251>", "windows-1251")]
    [InlineData("<?php echo '<meta charset=gbk>' ?><meta charset=windows-1251>", "windows-1251")]
    public void Find_DeclaringMeta_NamesItsEncoding(string head, string expected)
    {
        var found = HtmlPrescan.Find(Encoding.ASCII.GetBytes(head));

        Assert.NotNull(found);
        Assert.Equal(expected, found.Value.Encoding.Name);
        Assert.Equal(EncodingSource.Meta, found.Value.Source);
    }

    [Theory]
    [InlineData("<meta name=description content='text/html; charset=gbk'>")] // a content charset needs http-equiv=content-type
    [InlineData("<meta http-equiv=refresh content='0; charset=gbk'>")]
    [InlineData("<!-- <meta charset=gbk> -->")]
    [InlineData("<!-- <meta charset=gbk>")] // an unclosed comment runs to the end
    [InlineData("<meta charset=gbk")] // a tag cut off by the end of the bytes declares nothing
    [InlineData("<p>charset=gbk</p>")]
    [InlineData("<meta charset=replacement-of-nothing>")]
    public void Find_NoDeclaration_FindsNothing(string head)
    {
        Assert.Null(HtmlPrescan.Find(Encoding.ASCII.GetBytes(head)));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html>", "iso-8859-15")]
    [InlineData("<?xml version='1.0' encoding = 'windows-1251' ?>", "windows-1251")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "utf-8")]
    public void Find_XmlDeclarationWithoutMeta_NamesItsEncoding(string head, string expected)
    {
        var found = HtmlPrescan.Find(Encoding.ASCII.GetBytes(head));

        Assert.Equal(expected, found?.Encoding.Name);
        Assert.Equal(EncodingSource.XmlDeclaration, found?.Source);
    }

    [Theory]
    [InlineData(" <?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>")] // only at the very first byte
    [InlineData("<?xml version=\"1.0\"?><p>encoding=\"gbk\"</p>")] // only inside the declaration
    [InlineData("<?xml version=\"1.0\" encoding=\"ISO 8859-15\"?>")]
    public void Find_NoXmlDeclaration_FindsNothing(string head)
    {
        Assert.Null(HtmlPrescan.Find(Encoding.ASCII.GetBytes(head)));
    }

    [Fact]
    public void Find_Utf16XmlDeclarationWithoutMark_IsUtf16()
    {
        Assert.Equal("utf-16le", HtmlPrescan.Find(Encoding.Unicode.GetBytes("<?xml version=\"1.0\"?>"))?.Encoding.Name);
        Assert.Equal("utf-16be", HtmlPrescan.Find(Encoding.BigEndianUnicode.GetBytes("<?xml version=\"1.0\"?>"))?.Encoding.Name);
    }

    [Fact]
    public void Find_HugeUnclosedAttribute_EndsInLinearTime()
    {
        // Every construct that cannot close inside the bytes ends the scan, so hostile markup costs one pass.
        var hostile = Encoding.ASCII.GetBytes("<a title='" + new string('<', 2_000_000));

        Assert.Null(HtmlPrescan.Find(hostile));
        Assert.Null(HtmlPrescan.Find(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<a b c d e f ", 200_000)))));
    }
}
