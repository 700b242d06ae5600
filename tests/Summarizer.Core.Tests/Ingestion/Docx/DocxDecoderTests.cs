using System.IO.Compression;
using System.Text;
using Summarizer.Core.Ingestion;
using Summarizer.Testing.Documents;

namespace Summarizer.Core.Tests.Ingestion.Docx;

public sealed class DocxDecoderTests
{
    private static Article Decode(byte[] docx, IngestionOptions? options = null, string name = "story.docx") =>
        new ArticleDecoder(options).Decode(new ArticleInput(docx, name));

    [Fact]
    public void Decode_HeadingsParagraphsListsAndTables_InDocumentOrder()
    {
        var docx = new DocxArticleWriter()
            .Heading("Harbour dredging approved")
            .Paragraph("The harbour authority voted to dredge the eastern channel.")
            .Heading("What happens next", 2)
            .ListItem("Dredging starts in March.")
            .ListItem("The channel reopens before the herring season.")
            .Table(["Phase", "Weeks"], ["Survey", "Two"])
            .Paragraph("A public meeting follows next month.")
            .Write();

        var article = Decode(docx);

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", article.MediaType);
        Assert.Equal("Harbour dredging approved", article.Title);
        Assert.Equal(
            "The harbour authority voted to dredge the eastern channel.\n\nWhat happens next\n\nDredging starts in March.\n\n"
            + "The channel reopens before the herring season.\n\nPhase\n\nWeeks\n\nSurvey\n\nTwo\n\nA public meeting follows next month.",
            article.Text);
        IngestionFixtures.AssertCleanText(article.Text);
    }

    [Fact]
    public void Decode_HeadersFootersAndComments_AreLeftOut()
    {
        var docx = new DocxArticleWriter { HeaderText = "Coastal Gazette internal draft", FooterText = "Confidential - page 1" }
            .Paragraph("The authority voted on Thursday.")
            .CommentedParagraph("Engineers will work at night.", "Check this with the ferry company")
            .Write();

        var article = Decode(docx);

        Assert.Equal("The authority voted on Thursday.\n\nEngineers will work at night.", article.Text);
        Assert.DoesNotContain("Gazette", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Confidential", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ferry company", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TrackedChanges_ReadAsIfAccepted()
    {
        var docx = new DocxArticleWriter().ParagraphWithDeletion("The vote was ", "close, 9 to 8", "unanimous.").Write();

        var article = Decode(docx);

        Assert.Equal("The vote was unanimous.", article.Text);
    }

    [Fact]
    public void Decode_CoreTitle_WinsOverTheFirstHeading()
    {
        var docx = new DocxArticleWriter { CoreTitle = "Dredging: the decision" }
            .Heading("Harbour dredging approved")
            .Paragraph("The authority voted on Thursday.")
            .Write();

        var article = Decode(docx);

        Assert.Equal("Dredging: the decision", article.Title);
        Assert.Equal("Harbour dredging approved\n\nThe authority voted on Thursday.", article.Text);
    }

    [Fact]
    public void Decode_NoTextInBody_FailsWithNoExtractableText()
    {
        var docx = new DocxArticleWriter { HeaderText = "Only a header" }.Write();

        var error = Assert.Throws<SummarizerException>(() => Decode(docx));

        Assert.Equal(ErrorCodes.NoExtractableText, error.Code);
    }

    [Fact]
    public void Decode_ZipWithoutAWordBody_FailsWithMalformedDocument()
    {
        var zip = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));

        var error = Assert.Throws<SummarizerException>(() => Decode(zip));

        Assert.Equal(ErrorCodes.MalformedDocument, error.Code);
        Assert.Contains("Word document", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TruncatedDocx_FailsWithMalformedDocument()
    {
        var docx = DocxArticleWriter.Article("Title", TestArticles.Paragraphs);

        var error = Assert.Throws<SummarizerException>(() => Decode(docx[..(docx.Length / 2)]));

        Assert.Equal(ErrorCodes.MalformedDocument, error.Code);
    }

    [Fact]
    public void Decode_HighlyCompressedPart_FailsWithDecompressionLimitBeforeInflating()
    {
        // 20 MB of one repeated byte deflates to about 20 KB: a ratio of about 1,000 to 1.
        var bomb = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", new string('a', 20_000_000)));

        var error = Assert.Throws<SummarizerException>(() => Decode(bomb));

        Assert.Equal(ErrorCodes.DecompressionLimit, error.Code);
        Assert.Contains("word/document.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TooManyParts_FailsWithDecompressionLimit()
    {
        var parts = Enumerable.Range(0, 40).Select(i => ($"word/media/part{i}.xml", "<x/>")).Prepend(("word/document.xml", "<w:document/>")).ToArray();

        var error = Assert.Throws<SummarizerException>(() => Decode(Zip(parts), new IngestionOptions { MaxArchiveEntries = 30 }));

        Assert.Equal(ErrorCodes.DecompressionLimit, error.Code);
        Assert.Contains("41 parts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TotalUncompressedSizeOverTheCap_FailsWithDecompressionLimit()
    {
        var docx = DocxArticleWriter.Article("Title", TestArticles.Paragraphs);

        var error = Assert.Throws<SummarizerException>(() => Decode(docx, new IngestionOptions { MaxUncompressedBytes = 2_000 }));

        Assert.Equal(ErrorCodes.DecompressionLimit, error.Code);
    }

    [Fact]
    public void Decode_DirectoryThatUnderstatesAnEntrysSize_IsCutAtTheDeclaredSizeAndRefused()
    {
        var bomb = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document>" + new string(' ', 50_000) + "</w:document>"));
        LieAboutUncompressedSizes(bomb, 100);

        var error = Assert.Throws<SummarizerException>(() => Decode(bomb));

        // Inflating stops at the declared 100 bytes, so the cut XML is refused as damaged instead of unpacking further.
        Assert.Equal(ErrorCodes.MalformedDocument, error.Code);
    }

    [Fact]
    public void Decode_ZipSentAsDocx_IsReadByTheWordDecoder()
    {
        var zip = Zip(("notes.txt", "plain notes"));

        var error = Assert.Throws<SummarizerException>(() => Decode(zip, name: "upload.docx"));

        Assert.Equal(ErrorCodes.MalformedDocument, error.Code);
    }

    internal static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Rewrites every central-directory record's uncompressed size, as a crafted archive would.</summary>
    private static void LieAboutUncompressedSizes(byte[] zip, uint size)
    {
        for (var i = 0; i + 46 <= zip.Length; i++)
        {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2)
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
            }
        }
    }
}
