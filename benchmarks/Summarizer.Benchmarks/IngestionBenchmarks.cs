using System.Text;
using BenchmarkDotNet.Attributes;
using Summarizer.Core.Ingestion;

namespace Summarizer.Benchmarks;

/// <summary>
/// Decoding alone, per format, plus the large and pathological inputs ingestion must survive: the hot path is a
/// 3 KB plain-text news article; 10 MB must stay well under a second and a 2 MB unpunctuated line must not be slow.
/// </summary>
[MemoryDiagnoser]
public class IngestionBenchmarks
{
    private readonly ArticleDecoder _decoder = new();
    private readonly ArticleDecoder _largeDecoder = new(new IngestionOptions { MaxInputBytes = 64 * 1024 * 1024 });
    private ArticleInput _plainText = null!;
    private ArticleInput _markdown = null!;
    private ArticleInput _html = null!;
    private ArticleInput _json = null!;
    private ArticleInput _tenMegabytes = null!;
    private ArticleInput _twoMegabyteLine = null!;
    private ArticleInput _htmlTwoMegabytes = null!;
    private ArticleInput _markdownUnclosedLinks = null!;

    [GlobalSetup]
    public void Setup()
    {
        var paragraphs = NewsArticle.Text.Split("\n\n");
        _plainText = Utf8(NewsArticle.Text, "news.txt");
        _markdown = Utf8("# Northbridge closes its harbour bridge\n\n" + NewsArticle.Text, "news.md");
        _html = Utf8(
            "<!DOCTYPE html><html><head><title>Bridge</title><script>track();</script></head><body><nav><a>Home</a></nav><article>"
            + string.Concat(paragraphs.Select(p => "<p>" + p.Replace("&", "&amp;", StringComparison.Ordinal) + "</p>"))
            + "</article><footer>Footer</footer></body></html>",
            "news.html");
        _json = Utf8(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["title"] = "Bridge", ["text"] = NewsArticle.Text }), "news.json");
        var big = new StringBuilder();
        while (big.Length < 10 * 1024 * 1024)
        {
            big.Append(NewsArticle.Text).Append("\n\n");
        }

        _tenMegabytes = Utf8(big.ToString(), "big.txt");
        _twoMegabyteLine = Utf8(string.Concat(Enumerable.Repeat("word ", 2 * 1024 * 1024 / 5)), "line.txt");
        _htmlTwoMegabytes = Utf8("<html><body>" + string.Concat(Enumerable.Repeat("<p>A paragraph of page text.<br>", 2 * 1024 * 1024 / 32)), "big.html");
        _markdownUnclosedLinks = Utf8(string.Concat(Enumerable.Repeat("[a](", 2 * 1024 * 1024 / 4)), "links.md");
    }

    [Benchmark(Baseline = true)]
    public Article PlainText3KB() => _decoder.Decode(_plainText);

    [Benchmark]
    public Article Markdown3KB() => _decoder.Decode(_markdown);

    [Benchmark]
    public Article Html3KB() => _decoder.Decode(_html);

    [Benchmark]
    public Article Json3KB() => _decoder.Decode(_json);

    [Benchmark]
    public Article PlainText10MB() => _largeDecoder.Decode(_tenMegabytes);

    [Benchmark]
    public Article PlainText2MBLineWithoutPunctuation() => _largeDecoder.Decode(_twoMegabyteLine);

    [Benchmark]
    public Article Html2MBOfParagraphs() => _largeDecoder.Decode(_htmlTwoMegabytes);

    /// <summary>Quadratic in Markdig without <c>MarkdownInlineGuard</c>.</summary>
    [Benchmark]
    public Article Markdown2MBOfUnclosedLinks() => _largeDecoder.Decode(_markdownUnclosedLinks);

    private static ArticleInput Utf8(string text, string name) => new(Encoding.UTF8.GetBytes(text), name);
}
