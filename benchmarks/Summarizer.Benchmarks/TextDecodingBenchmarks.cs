using System.Text;
using System.Text.Unicode;
using BenchmarkDotNet.Attributes;
using Summarizer.Core.Ingestion.Charsets;

namespace Summarizer.Benchmarks;

/// <summary>
/// Bytes to text alone, per way an article arrives, on the 3 KB news article. <see cref="StrictUtf8AsBefore"/> is the
/// decoder this one replaced (check for NUL, validate, decode), for the cost of the UTF-8 path against it in one run.
/// </summary>
[MemoryDiagnoser]
public class TextDecodingBenchmarks
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly Encoding Koi8R = CodePagesEncodingProvider.Instance.GetEncoding(20866)!;

    private byte[] _utf8 = null!;
    private byte[] _utf8Page = null!;
    private byte[] _utf8StrayByte = null!;
    private byte[] _windows1252 = null!;
    private byte[] _windows1252Page = null!;
    private byte[] _koi8RPage = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = NewsArticle.Text.Replace("Reyes", "Réyès", StringComparison.Ordinal).Replace("\"We", "“We", StringComparison.Ordinal);
        var page = "<!DOCTYPE html><html><head><meta charset=\"{0}\"><title>Bridge</title></head><body><article><p>"
            + text.Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p></article></body></html>";
        _utf8 = Encoding.UTF8.GetBytes(text);
        _utf8Page = Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, "utf-8"));
        _utf8StrayByte = [.. _utf8[..1000], 0x92, .. _utf8[1000..]];
        _windows1252 = Windows1252.GetBytes(text);
        _windows1252Page = Windows1252.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, "windows-1252"));
        _koi8RPage = Koi8R.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, "koi8-r")
            .Replace("bridge", "мост", StringComparison.Ordinal).Replace("council", "совет", StringComparison.Ordinal));
    }

    [Benchmark(Baseline = true)]
    public string StrictUtf8AsBefore() =>
        _utf8.AsSpan().IndexOf((byte)0) < 0 && Utf8.IsValid(_utf8) ? Encoding.UTF8.GetString(_utf8) : throw new InvalidOperationException();

    [Benchmark]
    public DecodedText Utf8Undeclared() => BrowserTextDecoder.Decode(_utf8, "text/plain", "news.txt");

    [Benchmark]
    public DecodedText Utf8DeclaredInContentType() => BrowserTextDecoder.Decode(_utf8, "text/plain; charset=utf-8", "news.txt");

    [Benchmark]
    public DecodedText Utf8PageWithMeta() => BrowserTextDecoder.Decode(_utf8Page, "text/html", "news.html");

    [Benchmark]
    public DecodedText Utf8WithAStrayByte() => BrowserTextDecoder.Decode(_utf8StrayByte, "text/plain", "news.txt");

    [Benchmark]
    public DecodedText Windows1252Undeclared() => BrowserTextDecoder.Decode(_windows1252, "text/plain", "news.txt");

    [Benchmark]
    public DecodedText Windows1252PageWithMeta() => BrowserTextDecoder.Decode(_windows1252Page, "text/html", "news.html");

    [Benchmark]
    public DecodedText Koi8RPageWithMeta() => BrowserTextDecoder.Decode(_koi8RPage, "text/html", "news.html");
}
