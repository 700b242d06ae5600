using System.Text;
using BenchmarkDotNet.Attributes;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.Benchmarks;

/// <summary>Per-article time and allocations of the whole path a host runs: decode, summarise, build the document.</summary>
[MemoryDiagnoser]
public class ExtractiveBenchmarks
{
    private readonly ArticleProcessor _processor = new(new ArticleDecoder(), new ExtractiveSummarizer(), TimeProvider.System);
    private ArticleInput _newsArticle = null!;

    [GlobalSetup]
    public void Setup() => _newsArticle = new ArticleInput(Encoding.UTF8.GetBytes(NewsArticle.Text), "news.txt");

    [Benchmark]
    public Task NewsArticle500Words() => _processor.ProcessAsync(_newsArticle, SummaryOptions.Default);
}
