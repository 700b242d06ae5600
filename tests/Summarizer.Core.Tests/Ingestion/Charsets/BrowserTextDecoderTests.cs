using System.Text;
using Summarizer.Core.Ingestion.Charsets;

namespace Summarizer.Core.Tests.Ingestion.Charsets;

/// <summary>Each step of the decoding order and each refusal, on bytes small enough to read in the test.</summary>
public sealed class BrowserTextDecoderTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly Encoding Koi8R = CodePagesEncodingProvider.Instance.GetEncoding(20866)!;

    private const string Russian = "В Казани открылась новая линия метро. Три станции соединили центр города с жилыми кварталами.";

    [Fact]
    public void Decode_ByteOrderMark_BeatsTheContentType()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "Café"u8];

        var decoded = BrowserTextDecoder.Decode(bytes, "text/plain; charset=windows-1252");

        Assert.Equal(new DecodedText("Café", new SourceEncoding("utf-8", EncodingSource.ByteOrderMark)), decoded);
    }

    [Fact]
    public void Decode_ContentTypeCharset_BeatsTheMetaAndTheBytes()
    {
        var bytes = Windows1252.GetBytes("<meta charset=utf-8><p>Café</p>");

        var decoded = BrowserTextDecoder.Decode(bytes, "text/html; charset=\"ISO-8859-1\"");

        Assert.Equal(new SourceEncoding("windows-1252", EncodingSource.ContentType), decoded.Encoding);
        Assert.Contains("Café", decoded.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html", "<meta charset=iso-8859-1><p>Zoë’s café</p>")]
    [InlineData("text/html; charset=ISO-8859-1", "<p>Zoë’s café</p>")]
    [InlineData("application/xhtml+xml", "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><p>Zoë’s café</p>")]
    public void Decode_Utf8MislabelledAsLegacy_IsReadAsUtf8AndSaysItWasInferred(string contentType, string page)
    {
        var decoded = BrowserTextDecoder.Decode(Encoding.UTF8.GetBytes(page), contentType);

        Assert.Contains("<p>Zoë’s café</p>", decoded.Text, StringComparison.Ordinal);
        Assert.Equal(new SourceEncoding("utf-8", EncodingSource.Inferred), decoded.Encoding);
    }

    [Fact]
    public void Decode_AsciiUnderALegacyLabel_KeepsTheLabel()
    {
        var decoded = BrowserTextDecoder.Decode("<meta charset=koi8-r><p>Plain ASCII.</p>"u8, "text/html");

        Assert.Equal(new SourceEncoding("koi8-r", EncodingSource.Meta), decoded.Encoding);
    }

    [Fact]
    public void Decode_MetaPastTheFirst1024Bytes_CountsOnlyWhenTheBytesAreNotUtf8()
    {
        var head = "<html><head>" + new string(' ', 1100) + "<meta charset=koi8-r>";

        // UTF-8 bytes read as UTF-8 whatever a late tag says; bytes that are not UTF-8 are re-read as the tag says.
        var utf8 = BrowserTextDecoder.Decode(Encoding.UTF8.GetBytes(head + "<p>" + Russian), "text/html");
        var koi8 = BrowserTextDecoder.Decode(Koi8R.GetBytes(head + "<p>" + Russian), "text/html");

        Assert.Equal(new SourceEncoding("utf-8", EncodingSource.Inferred), utf8.Encoding);
        Assert.Equal(new SourceEncoding("koi8-r", EncodingSource.Meta), koi8.Encoding);
        Assert.EndsWith(Russian, koi8.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_MetaInPlainText_IsNotADeclaration()
    {
        var bytes = Windows1252.GetBytes("Use <meta charset=koi8-r> in the head. Café.");

        var decoded = BrowserTextDecoder.Decode(bytes, "text/plain");

        Assert.Equal(new SourceEncoding("windows-1252", EncodingSource.Inferred), decoded.Encoding);
    }

    [Fact]
    public void Decode_XmlMediaType_ReadsTheXmlDeclarationAndNotTheMeta()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"iso-8859-7\"?><html><meta charset=koi8-r/><p>\u00E1</p></html>");

        var decoded = BrowserTextDecoder.Decode(bytes, "application/xhtml+xml");

        Assert.Equal(new SourceEncoding("iso-8859-7", EncodingSource.XmlDeclaration), decoded.Encoding);
        Assert.Contains("<p>α</p>", decoded.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "page.html")]
    [InlineData("application/octet-stream", "page.htm")]
    [InlineData(null, null)] // no type and no name: the bytes open like a page
    public void Decode_HtmlByNameOrLook_ReadsItsMeta(string? contentType, string? name)
    {
        var bytes = Koi8R.GetBytes("<!DOCTYPE html><meta charset=koi8-r><p>" + Russian);

        var decoded = BrowserTextDecoder.Decode(bytes, contentType, name);

        Assert.Equal(new SourceEncoding("koi8-r", EncodingSource.Meta), decoded.Encoding);
    }

    [Fact]
    public void Decode_UndeclaredUtf8_IsInferredUtf8()
    {
        var decoded = BrowserTextDecoder.Decode("Zoë’s café"u8, null);

        Assert.Equal(new DecodedText("Zoë’s café", new SourceEncoding("utf-8", EncodingSource.Inferred)), decoded);
    }

    [Fact]
    public void Decode_UndeclaredUtf8WithAStrayByte_StaysUtf8WithOneReplacement()
    {
        byte[] bytes = [.. "Zoë’s café, "u8, 0x96, .. " 20 °C"u8];

        var decoded = BrowserTextDecoder.Decode(bytes, "text/plain");

        Assert.Equal(new DecodedText("Zoë’s café, \uFFFD 20 °C", new SourceEncoding("utf-8", EncodingSource.Inferred)), decoded);
    }

    [Fact]
    public void Decode_UndeclaredWindows1252_IsInferredAndSaysSo()
    {
        var bytes = Windows1252.GetBytes("“Naïve” café – 4 €, Zoë’s");

        var decoded = BrowserTextDecoder.Decode(bytes, "text/plain");

        Assert.Equal(new DecodedText("“Naïve” café – 4 €, Zoë’s", new SourceEncoding("windows-1252", EncodingSource.Inferred)), decoded);
        Assert.False(decoded.Encoding.IsDeclared);
    }

    [Fact]
    public void Decode_NulInHtml_IsNoReasonToRefuse()
    {
        var decoded = BrowserTextDecoder.Decode("<p>Text\0 with one NUL.</p>"u8, "text/html");

        Assert.Equal("<p>Text\0 with one NUL.</p>", decoded.Text);
    }

    [Fact]
    public void Decode_MostlyControlCodes_IsRefusedAsBinary()
    {
        byte[] bytes = [0x00, 0x01, 0x02, 0x10, (byte)'a', (byte)'b', 0x00, 0x03, (byte)'c', 0x1F];

        var error = Assert.Throws<SummarizerException>(() => BrowserTextDecoder.Decode(bytes, "text/plain; charset=utf-8"));

        Assert.Equal(ErrorCodes.UnsupportedContent, error.Code);
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_DeclaredUtf8ThatIsMostlyNot_IsRefusedNamingTheDeclaration()
    {
        var error = Assert.Throws<SummarizerException>(() => BrowserTextDecoder.Decode(Koi8R.GetBytes(Russian), "text/plain; charset=utf-8"));

        Assert.Equal(ErrorCodes.InvalidEncoding, error.Code);
        Assert.Contains("declared UTF-8 (by its Content-Type)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_DeclaredLegacyEncodingThatIsMostlyNot_IsRefused()
    {
        // Windows-1253 leaves 0xAA, 0xD2 and 0xFF undefined: Greek bytes these are not.
        byte[] bytes = [0xAA, 0xD2, 0xFF, 0xAA, (byte)'a', 0xD2, 0xFF];

        var error = Assert.Throws<SummarizerException>(() => BrowserTextDecoder.Decode(bytes, "text/plain; charset=windows-1253"));

        Assert.Equal(ErrorCodes.InvalidEncoding, error.Code);
        Assert.Contains("windows-1253", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html; charset=iso-2022-kr")]
    [InlineData("text/plain; charset=HZ-GB-2312")]
    public void Decode_ReplacementEncoding_IsRefusedAsBrowsersRefuseIt(string contentType)
    {
        var error = Assert.Throws<SummarizerException>(() => BrowserTextDecoder.Decode("Text."u8, contentType));

        Assert.Equal(ErrorCodes.InvalidEncoding, error.Code);
        Assert.Contains("refuse", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ein größerer Bahnhof für Zürich: Fußgänger begrüßen die Überdachung.")]
    [InlineData("A população aprovou a informação sobre a eleição e as ações do governo.")]
    [InlineData("« Déjà vu », a déclaré l’élève ; le prix passe à 4 €.")]
    [InlineData("Þú ert velkomin í hæðina, sagði hún við Ævar.")]
    public void Decode_UndeclaredWesternText_IsReadAsWindows1252(string text)
    {
        var decoded = BrowserTextDecoder.Decode(Windows1252.GetBytes(text), null, "note.txt");

        Assert.Equal(new DecodedText(text, new SourceEncoding("windows-1252", EncodingSource.Inferred)), decoded);
    }
}
