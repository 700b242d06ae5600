using System.Text;
using Summarizer.Core.Ingestion;
using Summarizer.Testing.Documents;

namespace Summarizer.Core.Tests.Ingestion.Pdf;

public sealed class PdfDecoderTests
{
    private static Article Decode(byte[] pdf, IngestionOptions? options = null) =>
        new ArticleDecoder(options).Decode(new ArticleInput(pdf, "report.pdf"));

    [Fact]
    public void Decode_SingleColumn_ReadsParagraphsInOrderWithTitleFromLargeType()
    {
        var article = Decode(new PdfArticleWriter().Write(TestArticles.Title, TestArticles.Paragraphs));

        Assert.Equal("application/pdf", article.MediaType);
        Assert.Equal(TestArticles.Title, article.Title);
        Assert.Equal(string.Join("\n\n", TestArticles.Paragraphs), article.Text);
        IngestionFixtures.AssertCleanText(article.Text);
    }

    [Fact]
    public void Decode_TwoColumnsOverSeveralPages_ReadsEachColumnToItsEnd()
    {
        var paragraphs = TestArticles.Long(4).ToArray();
        var writer = new PdfArticleWriter { Columns = 2 };
        var article = Decode(writer.Write(TestArticles.Title, paragraphs));

        Assert.True(writer.PageCount >= 2, $"the layout should span pages, got {writer.PageCount}");
        Assert.Equal(string.Join("\n\n", paragraphs), article.Text);
    }

    [Fact]
    public void Decode_HyphenatedLineEnds_JoinsTheWordsAgain()
    {
        var writer = new PdfArticleWriter { Columns = 2, Hyphenate = true };
        var article = Decode(writer.Write(TestArticles.Title, TestArticles.Paragraphs));

        Assert.NotEmpty(writer.HyphenatedWords);
        Assert.Equal(string.Join("\n\n", TestArticles.Paragraphs), article.Text);
        Assert.All(writer.HyphenatedWords, word => Assert.Contains(word, article.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_RunningHeaderAndPageNumbers_AreLeftOut()
    {
        var paragraphs = TestArticles.Long(8).ToArray();
        var writer = new PdfArticleWriter { RunningHeader = "Coastal Gazette - Harbour Report", PageNumbers = true };
        var article = Decode(writer.Write(TestArticles.Title, paragraphs));

        Assert.True(writer.PageCount >= 3, $"the layout should span pages, got {writer.PageCount}");
        Assert.DoesNotContain("Coastal Gazette", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page ", article.Text, StringComparison.Ordinal);
        Assert.Equal(string.Join("\n\n", paragraphs), article.Text);
    }

    [Fact]
    public void Decode_MetadataTitle_WinsAndTheRepeatedFirstLineIsNotReadTwice()
    {
        var writer = new PdfArticleWriter { MetadataTitle = "Channel dredging approved" };
        var withOtherTitle = Decode(writer.Write(TestArticles.Title, TestArticles.Paragraphs));
        Assert.Equal("Channel dredging approved", withOtherTitle.Title);
        Assert.StartsWith(TestArticles.Title, withOtherTitle.Text, StringComparison.Ordinal);

        var same = Decode(new PdfArticleWriter { MetadataTitle = TestArticles.Title }.Write(TestArticles.Title, TestArticles.Paragraphs));
        Assert.Equal(TestArticles.Title, same.Title);
        Assert.Equal(string.Join("\n\n", TestArticles.Paragraphs), same.Text);
    }

    [Fact]
    public void Decode_NoLargeTypeAndNoMetadata_HasNoTitle()
    {
        var article = Decode(new PdfArticleWriter { DrawTitle = false }.Write(null, TestArticles.Paragraphs));

        Assert.Null(article.Title);
        Assert.Equal(string.Join("\n\n", TestArticles.Paragraphs), article.Text);
    }

    [Fact]
    public void Decode_ScannedPages_FailsWithNoTextLayerSayingItIsAScan()
    {
        var error = Assert.Throws<SummarizerException>(() => Decode(PdfArticleWriter.ScannedPage()));

        Assert.Equal(ErrorCodes.NoTextLayer, error.Code);
        Assert.Contains("scan", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("OCR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Encrypted_FailsWithEncryptedDocument()
    {
        var error = Assert.Throws<SummarizerException>(() => Decode(EncryptedPdf.Bytes()));

        Assert.Equal(ErrorCodes.EncryptedDocument, error.Code);
        Assert.Contains("password", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.7\n")]
    [InlineData("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF")]
    [InlineData("%PDF-1.4\n\u0000\u0001garbage that is not a PDF body at all\u00ff")]
    public void Decode_Malformed_FailsWithMalformedDocument(string content)
    {
        var error = Assert.Throws<SummarizerException>(() => Decode(Encoding.Latin1.GetBytes(content)));

        Assert.Equal(ErrorCodes.MalformedDocument, error.Code);
        Assert.Contains("PDF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Truncated_FailsWithMalformedDocument()
    {
        var pdf = new PdfArticleWriter().Write(TestArticles.Title, TestArticles.Paragraphs);

        var error = Assert.Throws<SummarizerException>(() => Decode(pdf[..(pdf.Length / 3)]));

        Assert.Equal(ErrorCodes.MalformedDocument, error.Code);
    }

    [Fact]
    public void Decode_MorePagesThanTheLimit_FailsBeforeReadingThem()
    {
        var writer = new PdfArticleWriter();
        var pdf = writer.Write(TestArticles.Title, TestArticles.Long(5));

        var error = Assert.Throws<SummarizerException>(() => Decode(pdf, new IngestionOptions { MaxPdfPages = writer.PageCount - 1 }));

        Assert.Equal(ErrorCodes.TooManyPages, error.Code);
        Assert.Contains($"{writer.PageCount} pages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_OverTheTimeBudget_FailsWithDocumentTooComplex()
    {
        var pdf = new PdfArticleWriter().Write(TestArticles.Title, TestArticles.Long(5));

        var error = Assert.Throws<SummarizerException>(() => Decode(pdf, new IngestionOptions { MaxDecodeTime = TimeSpan.Zero }));

        Assert.Equal(ErrorCodes.DocumentTooComplex, error.Code);
    }

    [Fact]
    public void Decode_OverTheByteLimit_FailsOnRawSizeBeforeParsing()
    {
        var pdf = new PdfArticleWriter().Write(TestArticles.Title, TestArticles.Paragraphs);

        var error = Assert.Throws<SummarizerException>(() => Decode(pdf, new IngestionOptions { MaxInputBytes = pdf.Length - 1 }));

        Assert.Equal(ErrorCodes.InputTooLarge, error.Code);
    }

    [Fact]
    public void Decode_PdfBytesSentAsPlainText_AreStillReadAsPdf()
    {
        var pdf = new PdfArticleWriter().Write(TestArticles.Title, TestArticles.Paragraphs);

        var article = new ArticleDecoder().Decode(new ArticleInput(pdf, "notes.txt", "text/plain"));

        Assert.Equal("application/pdf", article.MediaType);
    }

    [Fact]
    public void Decode_TextSentAsPdf_FailsWithMalformedDocument()
    {
        var error = Assert.Throws<SummarizerException>(() =>
            new ArticleDecoder().Decode(new ArticleInput(Encoding.UTF8.GetBytes("Just some words."), "notes.pdf")));

        Assert.Equal(ErrorCodes.MalformedDocument, error.Code);
        Assert.Contains("application/pdf", error.Message, StringComparison.Ordinal);
    }
}
