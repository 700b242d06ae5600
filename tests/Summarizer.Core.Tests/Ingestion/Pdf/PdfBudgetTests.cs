using System.Text;
using Summarizer.Core.Ingestion;
using Summarizer.Testing.Documents;

namespace Summarizer.Core.Tests.Ingestion.Pdf;

/// <summary>
/// Hostile PDFs end with their own code inside the article's budget: streams are capped as they inflate, and a page
/// that would cost too much is counted and refused before its letters are kept.
/// </summary>
public sealed class PdfBudgetTests
{
    private static SummarizerException Refusal(byte[] pdf, IngestionOptions? options = null) =>
        Assert.Throws<SummarizerException>(() => new ArticleDecoder(options).Decode(new ArticleInput(pdf, "report.pdf")));

    [Fact]
    public void Decode_ContentStreamThatInflatesPastTheCap_FailsWithDecompressionLimit()
    {
        var error = Refusal(HostilePdf.FlateBomb(100L << 20));

        Assert.Equal(ErrorCodes.DecompressionLimit, error.Code);
        Assert.Contains("67,108,864 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_StreamsThatTogetherInflatePastTheCap_FailWithDecompressionLimit()
    {
        // Each page's stream inflates to 1 MiB, well within the cap; forty of them are not.
        var error = Refusal(HostilePdf.ManyStreams(40, 1 << 20), new IngestionOptions { MaxUncompressedBytes = 32L << 20 });

        Assert.Equal(ErrorCodes.DecompressionLimit, error.Code);
    }

    [Fact]
    public void Decode_StreamsTheProbeAndTheReadBothDecode_AreChargedOnce()
    {
        // 30 pages of 1 MiB each fit a 40 MiB budget; counted again when the pages are read, they would not.
        var pdf = new HostilePdf();
        var content = HostilePdf.Deflate(s =>
        {
            s.Write("BT /F1 12 Tf 72 400 Td (The harbour bridge reopened on Monday.) Tj ET\n"u8);
            HostilePdf.Repeat(s, " "u8, 1 << 20);
        });
        var pages = Enumerable.Range(0, 30).Select(_ => pdf.AddFlateStream(content)).ToList();

        var article = new ArticleDecoder(new IngestionOptions { MaxUncompressedBytes = 40L << 20 })
            .Decode(new ArticleInput(pdf.Build(pages), "report.pdf"));

        Assert.Contains("The harbour bridge reopened on Monday.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_PagesSharingOneDenseContentStream_FailsWithDocumentTooComplexOnTheirCharacterCount()
    {
        // 20 pages of 36,000 letters from a 47 KB file: ten characters per byte allow 470,000.
        var pdf = HostilePdf.DensePages(20);

        var error = Refusal(pdf);

        Assert.Equal(ErrorCodes.DocumentTooComplex, error.Code);
        Assert.Contains("characters of text by page", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_FormDrawnThousandsOfTimes_FailsWithDocumentTooComplex()
    {
        var error = Refusal(HostilePdf.FormFanOut(5_000));

        Assert.Equal(ErrorCodes.DocumentTooComplex, error.Code);
        Assert.Contains("Page 1 of the PDF draws more than 100,000 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_GraphicsStateSavedThousandsOfTimes_FailsWithDocumentTooComplex()
    {
        var error = Refusal(HostilePdf.StateFlood(5_000));

        Assert.Equal(ErrorCodes.DocumentTooComplex, error.Code);
        Assert.Contains("graphics state", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ContentWithinEveryBudget_IsRead()
    {
        // The same hand-made file shape as the hostile ones, at a size real documents have (mid-page, so the line
        // repeated on both pages is not taken for a running header).
        var pdf = new HostilePdf();
        var content = pdf.AddFlateStream(s => s.Write(Encoding.ASCII.GetBytes(
            "q BT /F1 12 Tf 72 400 Td (The harbour bridge reopened on Monday after two years of repairs.) Tj ET Q\n")));

        var article = new ArticleDecoder().Decode(new ArticleInput(pdf.Build([content, content]), "report.pdf"));

        Assert.Contains("The harbour bridge reopened on Monday", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_LowerCharacterBudget_RefusesARealDocumentThatIsOverIt()
    {
        var pdf = new PdfArticleWriter().Write(TestArticles.Title, TestArticles.Long(5));

        var error = Refusal(pdf, new IngestionOptions { MaxTextCharacters = 2_000 });

        Assert.Equal(ErrorCodes.DocumentTooComplex, error.Code);
    }
}
