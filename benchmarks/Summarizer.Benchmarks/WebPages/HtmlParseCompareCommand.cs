using System.Diagnostics;
using AngleSharp.Html.Parser;
using Summarizer.Core.Ingestion.Html;
using Summarizer.Core.Ingestion.Html.Parsing;

namespace Summarizer.Benchmarks.WebPages;

/// <summary>
/// <c>html-parse-compare [DEV_FILE [PAIRS]]</c>: the own HTML parser against AngleSharp's HTML5 parser on every dev page,
/// in one process and alternating (own, AngleSharp, own, …) so a shared machine's drift hits both alike. Each pass parses
/// every page; the medians over the passes are printed per page, with the whole own decode (parse, scoring, text) for
/// scale. The parity of the two parsers' text is checked by the differential test, not here.
/// </summary>
internal static class HtmlParseCompareCommand
{
    private const int DefaultPairs = 7;
    private const int WarmUpPasses = 5;

    public static int Run(string[] args)
    {
        var pages = DevPages.Load(args.Length > 0 ? args[0] : DevPages.Locate()).Select(page => page.Html).ToArray();
        var pairs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : DefaultPairs;
        var angleSharp = new HtmlParser();
        var contenders = new (string Name, Action<string> Work, List<Pass> Passes)[]
        {
            ("own parser (decoder's attributes)", html => HtmlTreeBuilder.Parse(html, HtmlDecoder.ReadAttributes), []),
            ("AngleSharp 1.10 parser", html => angleSharp.ParseDocument(html), []),
            ("own whole decode", html => WebPageExtractors.Ours(html), []),
        };

        foreach (var (_, work, _) in contenders)
        {
            for (var pass = 0; pass < WarmUpPasses; pass++)
            {
                Array.ForEach(pages, work);
            }
        }

        for (var pair = 0; pair < pairs; pair++)
        {
            foreach (var (_, work, passes) in contenders)
            {
                passes.Add(Measure(pages, work));
            }
        }

        Console.WriteLine($"{pages.Length} pages, medians of {pairs} alternating passes, per page:");
        foreach (var (name, _, passes) in contenders)
        {
            Console.WriteLine($"{name,-36} {Median(passes, p => p.ProcessorMs),6:F2} ms processor time, "
                + $"{Median(passes, p => p.WallMs),6:F2} ms wall clock, {Median(passes, p => p.AllocatedKb),6:F0} KB allocated");
        }

        var own = Median(contenders[0].Passes, p => p.ProcessorMs);
        Console.WriteLine($"AngleSharp / own parser: {Median(contenders[1].Passes, p => p.ProcessorMs) / own:F1}x processor time");
        return 0;
    }

    private static Pass Measure(string[] pages, Action<string> work)
    {
        var process = Process.GetCurrentProcess();
        var processorBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        Array.ForEach(pages, work);
        var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        process.Refresh();
        var processor = (process.TotalProcessorTime - processorBefore).TotalMilliseconds;
        return new Pass(processor / pages.Length, wall / pages.Length, allocated / 1024.0 / pages.Length);
    }

    private static double Median(List<Pass> passes, Func<Pass, double> value)
    {
        var sorted = passes.Select(value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private sealed record Pass(double ProcessorMs, double WallMs, double AllocatedKb);
}
