using System.Text;
using BenchmarkDotNet.Attributes;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.Benchmarks;

/// <summary>
/// Per-article time and allocations of the whole path a host runs (decode, summarise, build the document) for a
/// news-length article and for a 1 MB one made by repeating it.
/// </summary>
[MemoryDiagnoser]
public class ExtractiveBenchmarks
{
    private readonly ArticleProcessor _processor = new(
        new ArticleDecoder(new IngestionOptions { MaxInputBytes = 16 * 1024 * 1024 }), new ExtractiveSummarizer(), TimeProvider.System);

    private ArticleInput _newsArticle = null!;
    private ArticleInput _oneMegabyte = null!;

    [GlobalSetup]
    public void Setup()
    {
        _newsArticle = new ArticleInput(Encoding.UTF8.GetBytes(NewsArticle.Text), "news.txt");
        var large = new StringBuilder();
        while (large.Length < 1_000_000)
        {
            large.Append(NewsArticle.Text).Append("\n\n");
        }

        _oneMegabyte = new ArticleInput(Encoding.UTF8.GetBytes(large.ToString()), "large.txt");
    }

    [Benchmark(Baseline = true)]
    public Task NewsArticle500Words() => _processor.ProcessAsync(_newsArticle, SummaryOptions.Default);

    [Benchmark]
    public Task Article1MB() => _processor.ProcessAsync(_oneMegabyte, SummaryOptions.Default);
}
