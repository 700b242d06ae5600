using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Summarizer.Core.Ingestion.Html;
using Summarizer.Core.Ingestion.Html.Parsing;

namespace Summarizer.Benchmarks.WebPages;

/// <summary>
/// Main-content extraction over every page of the web-page dev set, ours against SmartReader in the same run. One
/// operation is one page (the mean over the whole set), so the reported mean is the mean time per page.
/// </summary>
[MemoryDiagnoser]
public class WebPageBenchmarks
{
    private const int DevSetPages = 130;

    private readonly HtmlParser _parser = new();
    private string[] _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        _pages = [.. DevPages.Load(DevPages.Locate()).Select(page => page.Html)];
        if (_pages.Length != DevSetPages)
        {
            throw new InvalidOperationException($"Expected {DevSetPages} dev pages, found {_pages.Length}.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = DevSetPages)]
    public int HtmlDecoderPerPage() => ExtractAll(WebPageExtractors.Ours);

    /// <summary>The floor under our decoder: its own parser building the page's tree, nothing else.</summary>
    [Benchmark(OperationsPerInvoke = DevSetPages)]
    public int ParseOnlyPerPage()
    {
        var elements = 0;
        foreach (var page in _pages)
        {
            elements += HtmlTreeBuilder.Parse(page, HtmlDecoder.ReadAttributes).Body.ChildNodes.Count;
        }

        return elements;
    }

    /// <summary>AngleSharp parsing the page: the floor under the decoder before it had its own parser.</summary>
    [Benchmark(OperationsPerInvoke = DevSetPages)]
    public int AngleSharpParseOnlyPerPage()
    {
        var elements = 0;
        foreach (var page in _pages)
        {
            elements += _parser.ParseDocument(page).All.Length;
        }

        return elements;
    }

    [Benchmark(OperationsPerInvoke = DevSetPages)]
    public int SmartReaderPerPage() => ExtractAll(WebPageExtractors.SmartReader);

    private int ExtractAll(Func<string, string> extract)
    {
        var characters = 0;
        foreach (var page in _pages)
        {
            characters += extract(page).Length;
        }

        return characters;
    }
}
