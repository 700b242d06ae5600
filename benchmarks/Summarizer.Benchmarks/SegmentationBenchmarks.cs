using System.Text;
using BenchmarkDotNet.Attributes;
using Summarizer.Core.Text;

namespace Summarizer.Benchmarks;

/// <summary>
/// Sentence splitting and word tokenising on a typical news article (about 3 KB), plus the two extremes a host must
/// survive: a 2 MB line with no punctuation at all and a 10 MB article.
/// </summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private const int TenMegabytes = 10 * 1024 * 1024;
    private const int TwoMegabytes = 2 * 1024 * 1024;

    private string _article = null!;
    private string _firstSentence = null!;
    private string _unpunctuatedLine = null!;
    private string _hugeArticle = null!;

    [GlobalSetup]
    public void Setup()
    {
        _article = NewsArticle.Text;
        _firstSentence = SentenceSplitter.Split(_article)[0].Text;
        _unpunctuatedLine = Repeat("words without any punctuation ", TwoMegabytes);
        _hugeArticle = Repeat(NewsArticle.Text + "\n\n", TenMegabytes);
    }

    [Benchmark(Baseline = true)]
    public int SplitArticle() => SentenceSplitter.Split(_article).Count;

    [Benchmark]
    public int EnumerateArticleSentenceBounds()
    {
        var count = 0;
        foreach (var bounds in SentenceSplitter.EnumerateBounds(_article)) count += bounds.Length > 0 ? 1 : 0;
        return count;
    }

    [Benchmark]
    public int TokenizeArticle() => WordTokenizer.Tokenize(_article).Count;

    /// <summary>The allocation-free path an engine uses: enumerate, then normalise each word into a stack buffer.</summary>
    [Benchmark]
    public int EnumerateAndNormalizeArticleWords()
    {
        Span<char> buffer = stackalloc char[WordTokenizer.MaxWordLength];
        var checksum = 0;
        foreach (var word in WordTokenizer.EnumerateWords(_article))
        {
            checksum += word.Normalize(buffer)[^1];
        }

        return checksum;
    }

    [Benchmark]
    public int CountArticleWords() => WordTokenizer.CountWords(_article);

    [Benchmark]
    public int TokenizeSentence() => WordTokenizer.Tokenize(_firstSentence).Count;

    [Benchmark]
    public int SplitTwoMegabyteLineWithoutPunctuation() => SentenceSplitter.Split(_unpunctuatedLine).Count;

    [Benchmark]
    public int SplitTenMegabyteArticle() => SentenceSplitter.Split(_hugeArticle).Count;

    [Benchmark]
    public int CountTenMegabyteArticleWords() => WordTokenizer.CountWords(_hugeArticle);

    private static string Repeat(string piece, int length)
    {
        var builder = new StringBuilder(length + piece.Length);
        while (builder.Length < length) builder.Append(piece);
        return builder.ToString();
    }
}
