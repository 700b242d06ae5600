using BenchmarkDotNet.Attributes;
using Summarizer.Core.Ingestion;
using Summarizer.Testing.Documents;

namespace Summarizer.Benchmarks;

/// <summary>
/// PDF and Word decoding of the same 3 KB news article the text benchmarks use: a one-column PDF, a two-column PDF
/// with hyphenated line ends and running headers, and a Word file. The documents are made in memory by the test writers.
/// </summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private readonly ArticleDecoder _decoder = new();
    private ArticleInput _pdf = null!;
    private ArticleInput _pdfTwoColumns = null!;
    private ArticleInput _docx = null!;

    [GlobalSetup]
    public void Setup()
    {
        var paragraphs = NewsArticle.Text.Split("\n\n");
        const string Title = "Northbridge closes its harbour bridge";
        _pdf = new ArticleInput(new PdfArticleWriter().Write(Title, paragraphs), "news.pdf");
        _pdfTwoColumns = new ArticleInput(
            new PdfArticleWriter { Columns = 2, Hyphenate = true, RunningHeader = "Northbridge Post", PageNumbers = true }.Write(Title, paragraphs),
            "news.pdf");
        _docx = new ArticleInput(DocxArticleWriter.Article(Title, paragraphs), "news.docx");
    }

    [Benchmark(Baseline = true)]
    public Article Pdf3KB() => _decoder.Decode(_pdf);

    [Benchmark]
    public Article PdfTwoColumns3KB() => _decoder.Decode(_pdfTwoColumns);

    [Benchmark]
    public Article Docx3KB() => _decoder.Decode(_docx);
}
