using System.Text;
using System.Text.Json;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;
using Summarizer.Testing.Documents;
using Xunit.Abstractions;

namespace Summarizer.Core.Tests.Ingestion;

/// <summary>
/// The same article as plain text, as a PDF and as a Word file must give the same summary: the document decoders add
/// nothing and lose nothing the engine would notice. The 30 articles (Fixtures/Fidelity, made by make-articles.py from
/// sentences written for this project) are laid out three ways in PDF: two hyphenated columns, one column with a
/// running header and page numbers, and plain single column.
/// </summary>
public sealed class DocumentFidelityTests(ITestOutputHelper output)
{
    private const int Required = 27;

    private static readonly ExtractiveSummarizer Engine = new();

    public static IReadOnlyList<FidelityArticle> Articles { get; } = File
        .ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Fidelity", "articles.jsonl"))
        .Select(line => JsonSerializer.Deserialize<FidelityArticle>(line, JsonSerializerOptions.Web)!)
        .ToList();

    [Fact]
    public void Pdf_ThirtyArticles_AtLeast27GiveTheSameSummaryAsThePlainText()
    {
        Assert.Equal(30, Articles.Count);
        var same = Articles.Select((a, i) => SameSummary(a, Pdf(a, i), "PDF")).Count(s => s);

        output.WriteLine($"PDF fidelity: {same}/30");
        Assert.True(same >= Required, $"only {same} of 30 PDFs gave the plain-text summary");
    }

    [Fact]
    public void Docx_ThirtyArticles_AtLeast27GiveTheSameSummaryAsThePlainText()
    {
        var same = Articles.Select(a => SameSummary(a, DocxArticleWriter.Article(a.Title, a.Paragraphs), "DOCX")).Count(s => s);

        output.WriteLine($"DOCX fidelity: {same}/30");
        Assert.True(same >= Required, $"only {same} of 30 Word files gave the plain-text summary");
    }

    private static byte[] Pdf(FidelityArticle article, int index)
    {
        var writer = (index % 3) switch
        {
            0 => new PdfArticleWriter { Columns = 2, Hyphenate = true },
            1 => new PdfArticleWriter { RunningHeader = "The Regional Courier - News", PageNumbers = true },
            _ => new PdfArticleWriter(),
        };
        return writer.Write(article.Title, article.Paragraphs);
    }

    private bool SameSummary(FidelityArticle article, byte[] document, string format)
    {
        var plain = new ArticleDecoder().Decode(new ArticleInput(Encoding.UTF8.GetBytes(article.Text), "article.txt")) with { Title = article.Title };
        var decoded = new ArticleDecoder().Decode(new ArticleInput(document, format == "PDF" ? "article.pdf" : "article.docx"));
        var expected = Engine.Summarize(plain, SummaryOptions.Default).Sentences;
        var actual = Engine.Summarize(decoded, SummaryOptions.Default).Sentences;
        if (expected.SequenceEqual(actual) && decoded.Title == article.Title)
        {
            return true;
        }

        var plainBlocks = plain.Text.Split("\n\n");
        var decodedBlocks = decoded.Text.Split("\n\n");
        var firstDifference = plainBlocks.Zip(decodedBlocks).Select((p, i) => (p, i)).FirstOrDefault(x => x.p.First != x.p.Second);
        output.WriteLine($"{format} {article.Id}: {plainBlocks.Length} plain blocks, {decodedBlocks.Length} decoded; first difference: '{firstDifference.p.First}' / '{firstDifference.p.Second}'");
        output.WriteLine($"{format} {article.Id}: title '{decoded.Title}'\n  plain:    {string.Join(" | ", expected)}\n  document: {string.Join(" | ", actual)}");
        return false;
    }

    public sealed record FidelityArticle(string Id, string Title, string Text)
    {
        public string[] Paragraphs => Text.Split("\n\n");
    }
}
