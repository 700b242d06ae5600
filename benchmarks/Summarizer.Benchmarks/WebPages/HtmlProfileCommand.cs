using System.Diagnostics;
using Summarizer.Core.Ingestion.Html;
using Summarizer.Core.Ingestion.Html.Parsing;

namespace Summarizer.Benchmarks.WebPages;

/// <summary>
/// <c>html-profile [DEV_FILE [decode-only]]</c>: where the HTML decoder's time goes, as processor time per page over three
/// passes of every dev page: building the tree (with all attributes, then with only those the decoder reads), the whole
/// decode (scoring, pruning and text on top of the tree) and AngleSharp's parse for comparison. Processor time is shown
/// beside wall clock because a busy shared machine inflates it much less.
/// </summary>
internal static class HtmlProfileCommand
{
    private const int Passes = 3;

    /// <summary>Untimed passes first: the JIT needs a few before the hot methods reach their optimised tier.</summary>
    private const int WarmUpPasses = 5;

    public static int Run(string[] args)
    {
        var pages = DevPages.Load(args.Length > 0 ? args[0] : DevPages.Locate()).Select(page => page.Html).ToArray();
        if (args is [_, "decode-only"])
        {
            // For a sampling profiler: nothing but the decoder, long enough to sample.
            Measure("whole decode", pages, html => WebPageExtractors.Ours(html));
            return 0;
        }

        Measure("tree builder, all attributes", pages, html => HtmlTreeBuilder.Parse(html));
        Measure("tree builder, decoder's attributes", pages, html => HtmlTreeBuilder.Parse(html, HtmlDecoder.ReadAttributes));
        Measure("whole decode", pages, html => WebPageExtractors.Ours(html));
        Measure("AngleSharp parse", pages, html => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html));
        return 0;
    }

    private static void Measure(string name, string[] pages, Action<string> work)
    {
        for (var pass = 0; pass < WarmUpPasses; pass++)
        {
            foreach (var page in pages)
            {
                work(page);
            }
        }

        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        for (var pass = 0; pass < Passes; pass++)
        {
            foreach (var page in pages)
            {
                work(page);
            }
        }

        var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds / (Passes * pages.Length);
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024.0 / (Passes * pages.Length);
        process.Refresh();
        var processor = (process.TotalProcessorTime - before).TotalMilliseconds / (Passes * pages.Length);
        Console.WriteLine($"{name,-36} {processor,6:F2} ms processor time, {wall,6:F2} ms wall clock, {allocated,6:F0} KB allocated per page");
    }
}
