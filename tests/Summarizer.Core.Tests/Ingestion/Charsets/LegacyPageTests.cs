using Summarizer.Core.Ingestion.Charsets;

namespace Summarizer.Core.Tests.Ingestion.Charsets;

/// <summary>Whole pages and texts in the encodings real sites still use, decoded through <c>ArticleDecoder</c> as every host does.</summary>
public sealed class LegacyPageTests
{
    [Theory]
    // <meta charset="iso-8859-1">: the label means windows-1252, so the euro sign and curly apostrophe (0x80, 0x92) read right.
    [InlineData("fr-windows-1252-meta-charset.html", "windows-1252", EncodingSource.Meta, "coûte désormais 4 €, soit cinquante centimes de plus que l’an dernier")]
    [InlineData("pl-iso-8859-2-http-equiv.html", "iso-8859-2", EncodingSource.Meta, "Przeprawa łączy Wyspę Spichrzów z Długim Pobrzeżem")]
    [InlineData("cs-windows-1250-meta-charset.html", "windows-1250", EncodingSource.Meta, "„Chceme, aby lidé mohli jezdit do práce bezpečně,“ řekl.")]
    [InlineData("cs-windows-1250-late-meta.html", "windows-1250", EncodingSource.Meta, "Praha rozšíří síť cyklostezek podél Vltavy.")]
    [InlineData("ru-koi8-r-meta-charset.html", "koi8-r", EncodingSource.Meta, "Три станции соединили центр города с жилыми кварталами на севере")]
    [InlineData("ja-shift_jis-http-equiv.html", "shift_jis", EncodingSource.Meta, "夏の猛暑と九月の高い気温が影響したとみられる。")]
    [InlineData("zh-gb18030-meta-charset.html", "gb18030", EncodingSource.Meta, "今年桂花开放时间比往年稍晚，但香气依旧浓郁。")]
    [InlineData("de-utf-8-bom-contradicts-meta.html", "utf-8", EncodingSource.ByteOrderMark, "eine größere Halle für Fußgänger")]
    [InlineData("de-utf-16le-bom-contradicts-meta.html", "utf-16le", EncodingSource.ByteOrderMark, "eine größere Halle für Fußgänger")]
    [InlineData("de-utf-8-nul.html", "utf-8", EncodingSource.Inferred, "Die Stadt Zürich hat am Montag die Pläne")]
    [InlineData("fr-iso-8859-15-xml-declaration.xhtml", "iso-8859-15", EncodingSource.XmlDeclaration, "cent vingt œuvres prêtées par des collectionneurs privés. L'entrée coûte 12 €")]
    [InlineData("es-windows-1252-plain.txt", "windows-1252", EncodingSource.Inferred, "un alquiler simbólico de 100 € anuales por parcela. La primera cosecha – sobre todo hortalizas")]
    public void Decode_PageInItsEncoding_ReadsEveryCharacterAndSaysHow(string file, string encoding, EncodingSource source, string expected)
    {
        var article = EncodingFixtures.Decode(file);

        Assert.Contains(expected, article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', article.Text);
        Assert.Equal(new SourceEncoding(encoding, source), article.Encoding);
        IngestionFixtures.AssertCleanText(article.Text);
    }

    [Fact]
    public void Decode_DeclaredUtf8WithStrayBytes_ReplacesOnlyThoseBytes()
    {
        var article = EncodingFixtures.Decode("de-utf-8-stray-bytes.html");

        Assert.Contains("Die Kosten werden auf rund\uFFFD1,2 Milliarden Franken geschätzt.", article.Text, StringComparison.Ordinal);
        Assert.Contains("der Fahrplan bleibt \uFFFD aber weitgehend unverändert.", article.Text, StringComparison.Ordinal);
        Assert.Equal(2, article.Text.Count(c => c == '\uFFFD'));
        Assert.Equal(new SourceEncoding("utf-8", EncodingSource.Meta), article.Encoding);
    }

    [Fact]
    public void Decode_ContentTypeCharset_WinsOverTheMeta()
    {
        // The page says windows-1250 in a <meta>; a Content-Type that says otherwise is what a browser believes.
        var article = EncodingFixtures.Decode("cs-windows-1250-meta-charset.html", "text/html; charset=windows-1252");

        Assert.Equal(new SourceEncoding("windows-1252", EncodingSource.ContentType), article.Encoding);
        Assert.Contains("Praha rozšíøí sí cyklostezek", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_UnknownContentTypeCharset_IsIgnoredAsBrowsersDo()
    {
        var article = EncodingFixtures.Decode("ru-koi8-r-meta-charset.html", "text/html; charset=x-no-such-charset");

        Assert.Equal(new SourceEncoding("koi8-r", EncodingSource.Meta), article.Encoding);
        Assert.Contains("В Казани открылась новая линия метро.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_XhtmlServedAsHtml_TakesTheMetaOverTheXmlDeclaration()
    {
        // Served as text/html, the page is read by the HTML rules: its <meta> (iso-8859-1, meaning windows-1252) comes first.
        var article = EncodingFixtures.Decode("fr-iso-8859-15-xml-declaration.xhtml", "text/html");

        Assert.Equal(new SourceEncoding("windows-1252", EncodingSource.Meta), article.Encoding);
        Assert.Contains("cent vingt ½uvres", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_UndeclaredTextInAnotherLegacyEncoding_IsReadInTheEncodingItReadsBestIn()
    {
        var article = EncodingFixtures.Decode("ru-koi8-r-undeclared.txt");

        Assert.Equal("В Казани открылась новая линия метро", article.Title);
        Assert.Equal(new SourceEncoding("koi8-r", EncodingSource.Inferred), article.Encoding);
    }

    [Fact]
    public void Decode_UndeclaredTextWithItsCharsetGiven_ReadsRight()
    {
        var article = EncodingFixtures.Decode("ru-koi8-r-undeclared.txt", "text/plain; charset=KOI8-R");

        Assert.Equal("В Казани открылась новая линия метро", article.Title);
        Assert.Equal(new SourceEncoding("koi8-r", EncodingSource.ContentType), article.Encoding);
    }
}
