using System.Text;
using Summarizer.Core.Ingestion;
using Summarizer.Testing.Documents;

namespace Summarizer.Core.Tests.Ingestion;

/// <summary>
/// One budget per article, checked inside each decoder's loop: with no time at all, every format that can take long
/// stops with <see cref="ErrorCodes.DocumentTooComplex"/> part-way, rather than after its work is done.
/// </summary>
public sealed class DecodeBudgetTests
{
    private static readonly IngestionOptions NoTime = new() { MaxDecodeTime = TimeSpan.Zero };

    public static TheoryData<string, byte[]> LongInputs => new()
    {
        { "notes.md", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 3_000).Select(i => $"Line {i} of the harbour notes.\n"))) },
        { "page.html", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Range(0, 3_000).Select(i => $"<p>Paragraph {i}.</p>"))) },
        { "page.json", Encoding.UTF8.GetBytes("{\"text\": \"<p>" + string.Concat(Enumerable.Range(0, 3_000).Select(i => $"<b>{i}</b>")) + "</p>\"}") },
        { "report.docx", DocxArticleWriter.Article("Harbour report", Enumerable.Range(0, 1_500).Select(i => $"Paragraph {i} of the report.")) },
        { "report.pdf", new PdfArticleWriter().Write("Harbour report", TestArticles.Paragraphs) },
    };

    [Theory]
    [MemberData(nameof(LongInputs))]
    public void Decode_NoTimeLeft_StopsInsideTheLoopWithDocumentTooComplex(string name, byte[] content)
    {
        var error = Assert.Throws<SummarizerException>(() => new ArticleDecoder(NoTime).Decode(new ArticleInput(content, name)));

        Assert.Equal(ErrorCodes.DocumentTooComplex, error.Code);
        Assert.Contains("took longer than 0 seconds", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(LongInputs))]
    public void Decode_DefaultBudget_ReadsTheSameInputs(string name, byte[] content)
    {
        var article = new ArticleDecoder().Decode(new ArticleInput(content, name));

        Assert.NotEmpty(article.Text);
    }

    [Fact]
    public void Decode_WordDocumentOverTheCharacterBudget_FailsWithDocumentTooComplex()
    {
        var docx = DocxArticleWriter.Article("Harbour report", Enumerable.Range(0, 200).Select(i => $"Paragraph {i} of the report."));

        var error = Assert.Throws<SummarizerException>(() =>
            new ArticleDecoder(new IngestionOptions { MaxTextCharacters = 1_000 }).Decode(new ArticleInput(docx, "report.docx")));

        Assert.Equal(ErrorCodes.DocumentTooComplex, error.Code);
        Assert.Contains("1,000 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_WordPartsAndTheirTotal_AreChargedToTheSameInflationBudget()
    {
        var docx = DocxArticleWriter.Article("Harbour report", Enumerable.Range(0, 200).Select(i => $"Paragraph {i} of the report."));

        var error = Assert.Throws<SummarizerException>(() =>
            new ArticleDecoder(new IngestionOptions { MaxUncompressedBytes = 4_000 }).Decode(new ArticleInput(docx, "report.docx")));

        Assert.Equal(ErrorCodes.DecompressionLimit, error.Code);
        Assert.StartsWith("The file's parts would unpack to more than 4,000 bytes.", error.Message, StringComparison.Ordinal);
    }
}
